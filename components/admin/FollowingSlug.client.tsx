'use client'

import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

import { slugify } from '@/lib/text/slugify'

/**
 * The address field, made from the title as it is typed, until someone types an address of
 * their own (emptied, it follows the title again). An address already public stays as it is:
 * renaming one is a choice, not a side effect of correcting the title. Payload's own slugField
 * (3.90) makes the slug on save only, behind a lock, and needs a column of its own.
 */
export const FollowingSlug: TextFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const title = useFormFields(([fields]) => fields.title?.value)
  const { hasPublishedDoc } = useDocumentInfo()
  const titleSlug = slugify(typeof title === 'string' ? title : '')
  // The value this component last wrote: any other was typed by hand.
  const written = useRef(value)
  const following = useRef(!hasPublishedDoc && (!value || value === titleSlug))

  useEffect(() => {
    if (value === written.current) return
    written.current = value
    following.current = !hasPublishedDoc && !value
  }, [value, hasPublishedDoc])

  useEffect(() => {
    if (!following.current || titleSlug === written.current) return
    written.current = titleSlug
    setValue(titleSlug)
  }, [titleSlug, setValue])

  return <TextField {...props} path={path} />
}

'use client'

import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { type ComponentProps, useEffect, useRef } from 'react'

import { slugify } from '@/lib/text/slugify'

/** When an address stops following its title on its own: it has become, or may be, public. */
export type SlugSettles = 'never' | 'onceSaved' | 'oncePublished'

/**
 * The address field, made from the title (`from`) as it is typed, until someone types an address
 * of their own (emptied, it follows the title again). An address that may be public stays as
 * it is (`settles`): renaming one is a choice, not a side effect of correcting the title.
 * Payload's own slugField (3.90) makes the slug on save only, behind a lock, with a column of its own.
 */
export const FollowingSlug = (
  props: ComponentProps<TextFieldClientComponent> & { from?: string; settles?: SlugSettles },
) => {
  const { from = 'title', settles = 'never', ...field } = props
  const path = field.path ?? field.field.name
  const { value, setValue } = useField<string>({ path })
  const title = useFormFields(([fields]) => fields[from]?.value)
  const { id, hasPublishedDoc } = useDocumentInfo()
  // Payload counts a saved document of a collection without drafts as published: ask only where there are drafts.
  const settled =
    settles === 'onceSaved' ? id !== undefined : settles === 'oncePublished' && hasPublishedDoc
  const titleSlug = slugify(typeof title === 'string' ? title : '')
  // The value this component last wrote: any other was typed by hand.
  const written = useRef(value)
  const following = useRef(!settled && (!value || value === titleSlug))

  useEffect(() => {
    if (value === written.current) return
    written.current = value
    following.current = !settled && !value
  }, [value, settled])

  useEffect(() => {
    if (!following.current || titleSlug === written.current) return
    written.current = titleSlug
    setValue(titleSlug)
  }, [titleSlug, setValue])

  return <TextField {...field} path={path} />
}

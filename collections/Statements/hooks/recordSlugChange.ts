import { hasLocale } from 'next-intl'
import type { CollectionAfterChangeHook } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { rememberOldSlug } from '@/lib/statements/oldSlugs'

import { publishedSlugChange } from './publishedSlug'

/**
 * Keeps the old address of a statement whose published slug this save changed. Compared with
 * what was published, not with the last draft: a slug changed in an autosaved draft and then
 * published is a rename too.
 */
export const recordSlugChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { locale } = req
  if (!hasLocale(localeCodes, locale)) return doc
  const { before, after } = await publishedSlugChange(req, doc.id)
  await rememberOldSlug(req, { locale, before, after, statement: doc.id })
  return doc
}

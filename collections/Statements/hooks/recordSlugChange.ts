import { hasLocale } from 'next-intl'
import type { CollectionAfterChangeHook } from 'payload'

import { localeCodes } from '@/i18n/locales'

/**
 * When a published statement's slug changes in a locale, its old address keeps working: a
 * redirect row points the old slug at the statement. A slug taken back drops its own row, so
 * no address ever redirects to itself.
 */
export const recordSlugChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const { locale, payload } = req
  if (!hasLocale(localeCodes, locale) || doc._status !== 'published') return doc
  const before: unknown = previousDoc?.slug
  if (typeof before !== 'string' || !before || before === doc.slug) return doc

  await payload.delete({
    collection: 'redirects',
    where: { locale: { equals: locale }, from: { in: [before, doc.slug] } },
    overrideAccess: true,
    req,
  })
  await payload.create({
    collection: 'redirects',
    data: { locale, from: before, statement: doc.id },
    overrideAccess: true,
    req,
  })
  return doc
}

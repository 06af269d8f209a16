import { hasLocale } from 'next-intl'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { type Locale, localeCodes } from '@/i18n/locales'

import { publishedSlugChange } from './publishedSlug'

/**
 * When a published statement's slug changes in a locale, its old address keeps working: a
 * redirect row points the old slug at the statement. A slug taken back drops its own row, so
 * no address ever redirects to itself. Compared with what was published, not with the last
 * draft: a slug changed in an autosaved draft and then published is a rename too.
 */
export const recordSlugChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { locale } = req
  if (!hasLocale(localeCodes, locale)) return doc
  const { before, after } = await publishedSlugChange(req, doc.id)
  if (before && after && before !== after)
    await rememberOldSlug(req, { locale, before, after, statement: doc.id })
  return doc
}

/** Points `before` at the statement and frees `after` from any redirect (also used by accepted translations). */
export async function rememberOldSlug(
  req: PayloadRequest,
  {
    locale,
    before,
    after,
    statement,
  }: { locale: Locale; before: string; after: string; statement: number },
): Promise<void> {
  await req.payload.delete({
    collection: 'redirects',
    where: { locale: { equals: locale }, from: { in: [before, after] } },
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: 'redirects',
    data: { locale, from: before, statement },
    overrideAccess: true,
    req,
  })
}

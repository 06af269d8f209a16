import { hasLocale } from 'next-intl'
import type { PayloadRequest } from 'payload'

import { sourceLocale, type Locale, localeCodes } from '@/i18n/locales'
import type { Statement } from '@/payload-types'

type PublishedRow = {
  id: number
  _status?: Statement['_status']
  slug?: Partial<Record<Locale, string | null>>
}

/**
 * The slug readers know a statement by in the locale being saved (the original's for a save in
 * every locale at once), or null while it is not public. Read from the statement's own row,
 * which holds what is published: drafts, autosaved ones included, live in its versions, so a
 * save's `previousDoc` may be a draft nobody has read.
 */
export async function readPublishedSlug(req: PayloadRequest, id: number): Promise<string | null> {
  const locale = hasLocale(localeCodes, req.locale) ? req.locale : sourceLocale
  // The adapter returns localized fields as one value per locale.
  const row = await req.payload.db.findOne<PublishedRow>({
    collection: 'statements',
    where: { id: { equals: id } },
    locale,
    req,
  })
  return (row?._status === 'published' && row.slug?.[locale]) || null
}

/**
 * When a published statement's slug changes in a locale, its old address keeps working: a
 * redirect row points the old slug at the statement. A slug taken back drops its own row, so
 * no address ever redirects to itself. `before` is the slug readers knew the statement by,
 * `after` the one they know it by now (null: not public).
 */
export async function rememberOldSlug(
  req: PayloadRequest,
  {
    locale,
    before,
    after,
    statement,
  }: { locale: Locale; before: string | null; after: string | null; statement: number },
): Promise<void> {
  if (!before || after === null || before === after) return
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

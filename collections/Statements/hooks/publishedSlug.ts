import { hasLocale } from 'next-intl'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

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
async function readPublishedSlug(req: PayloadRequest, id: number): Promise<string | null> {
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

const contextKey = (id: number) => `statements:published-slug:${id}`

/** Remembers the published slug before a save, for the hooks that compare it afterwards. */
export const notePublishedSlug: CollectionBeforeChangeHook<Statement> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc)
    req.context[contextKey(originalDoc.id)] = await readPublishedSlug(req, originalDoc.id)
  return data
}

/** The slug readers knew the statement by before this save and the one they know it by now (null: not public). */
export async function publishedSlugChange(
  req: PayloadRequest,
  id: number,
): Promise<{ before: string | null; after: string | null }> {
  const before = req.context[contextKey(id)]
  return {
    before: typeof before === 'string' ? before : null,
    after: await readPublishedSlug(req, id),
  }
}

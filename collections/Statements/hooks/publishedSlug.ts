import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { readPublishedSlug } from '@/lib/statements/oldSlugs'
import type { Statement } from '@/payload-types'

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

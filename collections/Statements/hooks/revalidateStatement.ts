import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

/** The tags a change to one statement touches, in every locale (it appears in all of them). */
export function tagsForStatement(id: number | string): string[] {
  return [cacheTags.statement(id), cacheTags.statementLists, cacheTags.statementSlugs]
}

export const revalidateStatement: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // Saving a draft of a statement that was never published changes nothing readers see.
  const wasPublic = previousDoc?._status === 'published'
  if (doc._status === 'published' || wasPublic) await revalidate(req, tagsForStatement(doc.id))
  return doc
}

export const revalidateStatementDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidate(req, tagsForStatement(doc.id))
  return doc
}

/**
 * What cannot exist without the statement goes first (the database refuses to leave it
 * pointing at nothing): its old addresses lead nowhere, its translations translate nothing.
 */
export const deleteDependents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['redirects', 'translations'] as const) {
    await req.payload.delete({
      collection,
      where: { statement: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}

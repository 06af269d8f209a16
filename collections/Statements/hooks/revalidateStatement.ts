import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

/** The tags a change to one statement touches, in every locale (it appears in all of them). */
export function tagsForStatement(id: number | string): string[] {
  return [cacheTags.statement(id), cacheTags.statementLists, cacheTags.statementSlugs]
}

export const revalidateStatement: CollectionAfterChangeHook = ({ doc, previousDoc, req: { context } }) => {
  // Saving a draft of a statement that was never published changes nothing readers see.
  const wasPublic = previousDoc?._status === 'published'
  if (doc._status === 'published' || wasPublic) revalidate(context, tagsForStatement(doc.id))
  return doc
}

export const revalidateStatementDelete: CollectionAfterDeleteHook = ({ doc, req: { context } }) => {
  revalidate(context, tagsForStatement(doc.id))
  return doc
}

/** A deleted statement's old addresses lead nowhere: drop them. */
export const forgetRedirects: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.delete({ collection: 'redirects', where: { statement: { equals: doc.id } }, overrideAccess: true, req })
  return doc
}

/** Its translations translate nothing any more; they go first, as they cannot exist without it. */
export const deleteTranslations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'translations', where: { statement: { equals: id } }, overrideAccess: true, req })
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

// States, organizations and reactions all show on the tracker, State pages, open data and the
// statement pages that list reactions.
const tags = [cacheTags.reactions, cacheTags.statementPages]

export const revalidateReactions: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidate(req, tags)
  return doc
}

export const revalidateReactionsDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidate(req, tags)
  return doc
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

// A redirect added, changed or removed by hand changes where an old address leads.
export const revalidateSlugMap: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidate(req, [cacheTags.statementSlugs])
  return doc
}

export const revalidateSlugMapOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidate(req, [cacheTags.statementSlugs])
  return doc
}

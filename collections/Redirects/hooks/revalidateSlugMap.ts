import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

// A redirect added, changed or removed by hand changes where an old address leads.
export const revalidateSlugMap: CollectionAfterChangeHook = ({ doc, req: { context } }) => {
  revalidate(context, [cacheTags.statementSlugs])
  return doc
}

export const revalidateSlugMapOnDelete: CollectionAfterDeleteHook = ({ doc, req: { context } }) => {
  revalidate(context, [cacheTags.statementSlugs])
  return doc
}

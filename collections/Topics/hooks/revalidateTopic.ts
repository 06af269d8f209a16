import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

// Topic names appear on statement pages and lists too.
const tagsForTopics = [cacheTags.topics, cacheTags.statementLists, cacheTags.statementPages]

export const revalidateTopic: CollectionAfterChangeHook = ({ doc, req: { context } }) => {
  revalidate(context, tagsForTopics)
  return doc
}

export const revalidateTopicDelete: CollectionAfterDeleteHook = ({ doc, req: { context } }) => {
  revalidate(context, tagsForTopics)
  return doc
}

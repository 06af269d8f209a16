import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

// Topic names appear on statement pages and lists too.
const tagsForTopics = [cacheTags.topics, cacheTags.statementLists, cacheTags.statementPages]

export const revalidateTopic: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidate(req, tagsForTopics)
  return doc
}

export const revalidateTopicDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidate(req, tagsForTopics)
  return doc
}

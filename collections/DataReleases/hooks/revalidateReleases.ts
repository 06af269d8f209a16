import type { CollectionAfterChangeHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

/** A new release changes the list of releases and what the current files say of the latest. */
export const revalidateReleases: CollectionAfterChangeHook = async ({ req, doc }) => {
  await revalidate(req, [cacheTags.dataReleases])
  return doc
}

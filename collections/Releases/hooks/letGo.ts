import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { releaseOutcome } from '@/lib/releases/publish'
import { letGoOfRemoved } from '@/lib/releases/removal'
import type { Release } from '@/payload-types'

/** Languages taken out of a release are published as their accepted translations say. */
export const letGoOnChange: CollectionAfterChangeHook<Release> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!req.context[releaseOutcome]) await letGoOfRemoved(req, previousDoc, doc)
  return doc
}

export const letGoOnDelete: CollectionAfterDeleteHook<Release> = async ({ doc, req }) => {
  await letGoOfRemoved(req, doc, null)
  return doc
}

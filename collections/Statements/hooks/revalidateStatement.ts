import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { forgetStatement } from '@/lib/releases/removal'
import { followStatement } from '@/lib/signatories/cache'
import { revalidateStatement } from '@/lib/statements/cache'

export const revalidateOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // Saving a draft of a statement that was never published changes nothing readers see.
  const wasPublic = previousDoc?._status === 'published'
  if (doc._status === 'published' || wasPublic) {
    await revalidateStatement(req, doc.id)
    await followStatement(req, doc.id)
  }
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateStatement(req, doc.id)
  return doc
}

/**
 * What cannot exist without the statement goes first (the database refuses to leave it
 * pointing at nothing): its old addresses lead nowhere, its translations and translation jobs
 * translate nothing, its signatures sign nothing (each delete recounts its organization), and
 * the releases that list it let it go (none may still be due: lib/releases/removal.ts).
 */
export const deleteDependents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetStatement(req, Number(id))
  for (const collection of [
    'redirects',
    'translations',
    'translation-jobs',
    'signatures',
  ] as const) {
    await req.payload.delete({
      collection,
      where: { statement: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}

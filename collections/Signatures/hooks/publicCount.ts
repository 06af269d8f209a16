import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { revalidateSignatories } from '@/lib/signatories/cache'
import { lockSignatories, recountSignatories } from '@/lib/signatories/publicSignatures'
import { relationIds } from '@/lib/signatories/relations'
import type { Signature } from '@/payload-types'

/** The organizations a save touches (the one it had and the one it has) are locked first. */
export const lockCounted: CollectionBeforeChangeHook<Signature> = async ({
  data,
  originalDoc,
  req,
}) => {
  await lockSignatories(req, relationIds(data.signatory, originalDoc?.signatory))
  return data
}

/** Recounts the organizations' public signatures and marks their lists stale. */
export const recountAfterChange: CollectionAfterChangeHook<Signature> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await recountSignatories(req, relationIds(doc.signatory, previousDoc?.signatory))
  await revalidateSignatories(req)
  return doc
}

export const lockBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const signature = await req.payload.findByID({
    collection: 'signatures',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { signatory: true },
    req,
  })
  if (signature) await lockSignatories(req, relationIds(signature.signatory))
}

export const recountAfterDelete: CollectionAfterDeleteHook<Signature> = async ({ doc, req }) => {
  await recountSignatories(req, relationIds(doc.signatory))
  await revalidateSignatories(req)
  return doc
}

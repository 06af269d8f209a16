import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateSignatories } from '@/lib/signatories/cache'

export const revalidateSignatory: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidateSignatories(req)
  return doc
}

export const revalidateSignatoryDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateSignatories(req)
  return doc
}

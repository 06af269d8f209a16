import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An organization's signatures go with it (the database refuses to leave them signing for
 * nobody); each delete recounts and marks its statement's pages stale.
 */
export const deleteSignatures: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'signatures',
    where: { signatory: { equals: id } },
    overrideAccess: true,
    req,
  })
}

import type { CollectionBeforeDeleteHook } from 'payload'

/** A release's press preview links cannot outlive it: they would open nothing. */
export const deletePreviewLinks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'preview-links',
    where: { release: { equals: id } },
    overrideAccess: true,
    req,
  })
}

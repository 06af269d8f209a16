import type { CollectionBeforeOperationHook } from 'payload'

import { lockRow } from '@/lib/db/rowLock'

/**
 * Takes the document's row lock before Payload reads it for an update. Payload writes every
 * locale of a document from what it read at the start of the save, so two people saving
 * different locales at the same moment would each write the other's locale back as it was
 * before: one of them would lose their work. With the lock, the second save waits for the
 * first to commit and then reads it.
 */
export const lockRowForUpdate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id: unknown = 'id' in args ? args.id : undefined
  if (operation !== 'update' || id === undefined || id === null) return args
  await lockRow(req, collection.slug, Number(id))
  return args
}

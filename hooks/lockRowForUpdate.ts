import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

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

/**
 * `SELECT … FOR UPDATE` on one document in the request's transaction, held until it ends.
 * Without a transaction a lock would end with its statement, so there is nothing to take.
 */
export async function lockRow(req: PayloadRequest, collectionSlug: string, id: number) {
  if (!req.transactionID) return
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = adapter.sessions[await req.transactionID]
  if (!session) return
  await session.db.execute(
    sql`SELECT 1 FROM ${sql.identifier(collectionSlug.replaceAll('-', '_'))} WHERE id = ${id} FOR UPDATE`,
  )
}

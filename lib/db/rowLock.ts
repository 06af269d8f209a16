import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from './postgres'

/**
 * `SELECT … FOR UPDATE` on one document in the request's transaction, held until it ends.
 * Without a transaction a lock would end with its statement, so there is nothing to take.
 */
export async function lockRow(req: PayloadRequest, collectionSlug: string, id: number) {
  const transaction = await transactionOf(req.payload, req)
  if (!transaction) return
  await transaction.execute(
    sql`SELECT 1 FROM ${sql.identifier(collectionSlug.replaceAll('-', '_'))} WHERE id = ${id} FOR UPDATE`,
  )
}

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * The Postgres adapter behind Payload. Payload types `payload.db` as any database's adapter
 * (its transactions' sessions hold connections of unknown type): this is the one place that
 * says which one the app runs on.
 */
export function postgres(payload: Payload): PostgresAdapter {
  return payload.db as unknown as PostgresAdapter
}

type Transaction = PostgresAdapter['sessions'][string]['db']

/** The connection of `req`'s transaction, if it has one that is still open. */
export async function transactionOf(
  payload: Payload,
  req: PayloadRequest | undefined,
): Promise<Transaction | undefined> {
  return req?.transactionID ? postgres(payload).sessions[await req.transactionID]?.db : undefined
}

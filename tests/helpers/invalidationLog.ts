import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Where the database's log of cache invalidations ends now: pass it to `invalidatedSince`. */
export async function logEnd(payload: Payload): Promise<number> {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`SELECT coalesce(max(id), 0)::int AS id FROM cache_invalidations`)
  return Number(rows[0].id)
}

/** The tags the log has recorded after `end`, once each, sorted. */
export async function invalidatedSince(payload: Payload, end: number): Promise<string[]> {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute(
    sql`SELECT DISTINCT tag FROM cache_invalidations WHERE id > ${end} ORDER BY tag`,
  )
  return rows.map((row) => String(row.tag))
}

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgres } from '@/lib/db/postgres'

/** The database's clock now: pass it to `invalidatedSince`. */
export async function logEnd(payload: Payload): Promise<string> {
  const { rows } = await postgres(payload).drizzle.execute(
    sql`SELECT clock_timestamp()::text AS now`,
  )
  return String(rows[0].now)
}

/** The tags the log has recorded after `end`, once each, sorted. */
export async function invalidatedSince(payload: Payload, end: string): Promise<string[]> {
  const { rows } = await postgres(payload).drizzle.execute(
    sql`SELECT DISTINCT tag FROM cache_invalidations WHERE at > ${end}::timestamptz ORDER BY tag`,
  )
  return rows.map((row) => String(row.tag))
}

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { env } from '@/lib/env'
import { migrations } from '@/migrations'

export type DatabaseHealth =
  { state: 'up'; pendingMigrations: string[] } | { state: 'down'; reason: string }

/** A health check must answer even when the database hangs: the caller is often a load balancer with its own timeout. */
const checkTimeoutMs = 2000

/**
 * Whether Postgres answers, and which of the migrations this build ships it has not run yet.
 * The reason names the failure's kind only (timeout, refused…), never connection details.
 */
export async function databaseHealth(payload: Payload): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), checkTimeoutMs)
  })
  try {
    const result = await Promise.race([
      payload.db.drizzle.execute(sql`SELECT name FROM payload_migrations`),
      timeout,
    ])
    // Development pushes its schema instead of migrating, so nothing is ever pending there.
    if (env.NODE_ENV === 'development') return { state: 'up', pendingMigrations: [] }
    const applied = new Set(result.rows.map((row) => String(row.name)))
    return {
      state: 'up',
      pendingMigrations: migrations
        .map((migration) => migration.name)
        .filter((name) => !applied.has(name)),
    }
  } catch (error) {
    if (error instanceof Error && error.message === 'timeout')
      return { state: 'down', reason: 'no answer within 2 s' }
    return { state: 'down', reason: `unreachable (${errorCode(error)})` }
  } finally {
    clearTimeout(timer)
  }
}

/** The system or Postgres code of a failure (ECONNREFUSED, 57P01…), which the query error wraps; never its text, which quotes SQL. */
function errorCode(error: unknown): string {
  for (
    let current = error, depth = 0;
    current && typeof current === 'object' && depth < 5;
    depth++
  ) {
    if ('code' in current && typeof current.code === 'string') return current.code
    current = 'cause' in current ? current.cause : undefined
  }
  return 'unknown error'
}

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { env } from '@/lib/env'
import { migrations } from '@/migrations'

export type DatabaseHealth =
  | { state: 'up'; pendingMigrations: string[] }
  | { state: 'down'; reason: string }

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
    const result = await Promise.race([payload.db.drizzle.execute(sql`SELECT name FROM payload_migrations`), timeout])
    // Development pushes its schema instead of migrating, so nothing is ever pending there.
    if (env.NODE_ENV === 'development') return { state: 'up', pendingMigrations: [] }
    const applied = new Set(result.rows.map((row) => String(row.name)))
    return { state: 'up', pendingMigrations: migrations.map((migration) => migration.name).filter((name) => !applied.has(name)) }
  } catch (error) {
    const code = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : 'unknown'
    return { state: 'down', reason: code === 'timeout' ? 'no answer within 2 s' : `unreachable (${code})` }
  } finally {
    clearTimeout(timer)
  }
}

import type { Payload } from 'payload'

import { postgres } from './postgres'

/**
 * Postgres advisory locks by name: work that must happen once across every app instance. Their
 * keys are numbers shared by the whole server, hence numbers unlikely to clash with another app.
 */
export const advisoryLocks = {
  /** A round of due jobs (lib/jobs/runDueJobs.ts). */
  jobs: 7_204_113,
  /** Applying migrations (scripts/migrate.ts, run by every instance as it starts). */
  migrations: 7_204_114,
  /** Making a data release (lib/dataReleases/make.ts): one at a time, so a day gets one. */
  dataReleases: 7_204_115,
} as const

/**
 * Runs `work` holding the lock: `wait` queues behind whoever holds it, `skip` gives up at once.
 * The lock lives on one connection of its own; if the process dies, Postgres drops the
 * connection and the lock with it, so a crash never blocks anyone.
 */
export async function withAdvisoryLock<T>(
  payload: Payload,
  lock: keyof typeof advisoryLocks,
  mode: 'wait' | 'skip',
  work: () => Promise<T>,
): Promise<{ ran: true; result: Awaited<T> } | { ran: false }> {
  const key = advisoryLocks[lock]
  const connection = await postgres(payload).pool.connect()
  let broken: Error | undefined
  try {
    if (mode === 'wait') {
      await connection.query('SELECT pg_advisory_lock($1)', [key])
    } else {
      const { rows } = await connection.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1) AS locked',
        [key],
      )
      if (!rows[0]?.locked) return { ran: false }
    }
    try {
      return { ran: true, result: await work() }
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [key]).catch((error: Error) => {
        // A connection that could not unlock may still hold the lock: it must not go back to the
        // pool. Closed instead, it takes the lock with it; `work`'s own outcome is what matters.
        broken = error
      })
    }
  } catch (error) {
    // Taking the lock, or the work, failed: the connection is closed rather than trusted again.
    broken = error instanceof Error ? error : new Error(String(error))
    throw error
  } finally {
    connection.release(broken)
  }
}

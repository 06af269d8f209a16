import type { Migration, Payload } from 'payload'

import { withAdvisoryLock } from '@/lib/db/advisoryLock'
import { migrations } from '@/migrations'

/**
 * Applies the pending migrations in `migrations/`. Every instance of a deploy does this as it
 * starts: the lock makes the first apply them while the others wait, then find nothing to do.
 * Payload's generic adapter type takes `(args: unknown) => …` while the generated files are
 * typed for Postgres; they are the same functions, hence the one cast.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  await withAdvisoryLock(payload, 'migrations', 'wait', () =>
    payload.db.migrate({ migrations: migrations as unknown as Migration[] }),
  )
}

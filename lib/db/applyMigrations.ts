import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

/**
 * Applies the pending migrations in `migrations/`. Payload's generic adapter type takes
 * `(args: unknown) => …` while the generated files are typed for Postgres; they are the
 * same functions, hence the one cast.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

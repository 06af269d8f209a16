/**
 * Applies pending migrations from `migrations/` before the web server starts, so that a
 * failing migration stops a deploy instead of failing its first request. Every instance of a
 * deploy runs it; lib/db/applyMigrations.ts makes them take turns.
 */

// Migrations read which ones were applied, then change the schema: both on the primary. Payload
// would read the list from a replica, which may not have replayed another instance's run yet.
delete process.env.DATABASE_REPLICA_URLS

const [{ default: config }, { getPayload }, { applyMigrations }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('@/lib/db/applyMigrations'),
])

const payload = await getPayload({ config })
try {
  await applyMigrations(payload)
} finally {
  await payload.destroy()
}
// Payload's Postgres adapter keeps one connection checked out for its lifetime, which would
// keep Node running after the work is done.
process.exit(0)

// Top-level await needs a module; this file exports nothing else.
export {}

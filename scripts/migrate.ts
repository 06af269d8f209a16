/**
 * Applies pending migrations from `migrations/` before the web server starts, so that a
 * failing migration stops a deploy instead of failing its first request. (Payload would
 * also run them while starting in production, through `prodMigrations`.)
 */
// Node 20 loads modules on tsx's loader thread, and while it does nothing keeps this thread alive:
// now and then the process exited with code 13 (an unsettled top-level await) before running a
// line (privatenumber/tsx#233). So the modules are imported once a timer holds the process open.
const holdOpen = setInterval(() => {}, 60_000)
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
clearInterval(holdOpen)
process.exit(0)

// A module (for top-level await), though it imports everything dynamically.
export {}

/**
 * Applies pending migrations from `migrations/` before the web server starts, so that a
 * failing migration stops a deploy instead of failing its first request. (Payload would
 * also run them while starting in production, through `prodMigrations`.)
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { applyMigrations } from '@/lib/db/applyMigrations'

const payload = await getPayload({ config })
try {
  await applyMigrations(payload)
} finally {
  await payload.destroy()
}
// Payload's Postgres adapter keeps one connection checked out for its lifetime, which would
// keep Node running after the work is done.
process.exit(0)

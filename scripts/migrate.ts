/**
 * Applies pending migrations from `migrations/`. Payload runs them itself while it starts in
 * production (`prodMigrations` in payload.config.ts); starting it here, before the web server,
 * means a failing migration stops a deploy instead of failing its first request.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrations } from '@/migrations'

const payload = await getPayload({ config })
await payload.db.migrate({ migrations })
await payload.destroy()
// Payload leaves timers behind (its job scheduler among them) that would keep Node alive.
process.exit(0)

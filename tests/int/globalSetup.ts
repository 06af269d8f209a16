import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * One fresh database for the integration suite, built from `migrations/` by the same script
 * a deploy runs: a collection change without its migration fails here.
 */
export default async function setup() {
  const database = await createThrowawayDatabase('int')
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NODE_ENV: 'test',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'integration-tests-only-secret-0123456789',
  })
  await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/migrate.ts')], {
    cwd: root,
    env: process.env,
  })

  return async () => {
    await database.dispose()
  }
}

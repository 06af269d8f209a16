import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'

import { runTsx } from '../helpers/runTsx'

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
    // The job runner's rounds must not reach reactions' sources on the web; the source check's
    // own test runs it against a local server.
    SOURCE_CHECKS: 'off',
  })
  await runTsx('scripts/migrate.ts', [], { env: process.env })

  return async () => {
    await database.dispose()
  }
}

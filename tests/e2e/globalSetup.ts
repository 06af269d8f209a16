import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

import { freePort } from '@/lib/db/embeddedPostgres'

import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { findChromium } from './browser'
import { type NextServer, startNextServer } from '../helpers/nextServer'
import { runTsx } from '../helpers/runTsx'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
    adminEmail: string
    adminPassword: string
    payloadSecret: string
    /** The server's environment, for tests that start more instances of the same build. */
    serverEnv: NodeJS.ProcessEnv
  }
}

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const logDir = path.join(root, '.test-results')

async function runLogged(name: string, run: () => Promise<{ stdout: string; stderr: string }>) {
  try {
    const { stdout, stderr } = await run()
    await writeFile(path.join(logDir, `${name}.log`), stdout + stderr)
  } catch (error) {
    const output = error && typeof error === 'object' && 'stdout' in error ? `${error.stdout}\n${'stderr' in error ? error.stderr : ''}` : ''
    throw new Error(`${name} failed:\n${output.slice(-6000)}`)
  }
}

/**
 * A production build served by `next start` on a fresh database with the demo content, as a
 * reader or editor would meet it. Fails at once, before building, when there is no browser.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  await mkdir(logDir, { recursive: true })

  const database = await createThrowawayDatabase('e2e')
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const adminEmail = 'e2e-admin@example.org'
  const adminPassword = randomBytes(12).toString('base64url')
  const payloadSecret = randomBytes(32).toString('hex')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: payloadSecret,
    NEXT_PUBLIC_SERVER_URL: baseURL,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    // Every test signs in and searches from 127.0.0.1; the per-address limits have their own
    // tests (tests/unit/proxy.test.ts, tests/int/users.test.ts).
    SEARCHES_PER_MINUTE: '100000',
    LOGIN_ATTEMPTS_PER_15_MINUTES: '100000',
    // The tracker's tests read the sample reactions, which a production seed leaves out by default.
    SEED_SAMPLE_REACTIONS: 'yes',
  }
  // This server caches on its own, as one machine does; tests/e2e/scaleOut.test.ts starts the
  // instances that share a Redis (a REDIS_URL given to the suites is theirs).
  delete env.REDIS_URL

  let server: NextServer | undefined
  const teardown = async () => {
    await server?.stop()
    await database.dispose()
  }

  try {
    await runLogged('migrate', () => runTsx('scripts/migrate.ts', [], { env }))
    await runLogged('seed', () => runTsx('scripts/seed.ts', [], { env }))
    await runLogged('build', () => promisify(execFile)(bin('next'), ['build'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }))
    server = await startNextServer(port, env)
  } catch (error) {
    await teardown()
    throw error
  }

  project.provide('baseURL', baseURL)
  project.provide('chromiumPath', chromiumPath)
  project.provide('adminEmail', adminEmail)
  project.provide('adminPassword', adminPassword)
  project.provide('payloadSecret', payloadSecret)
  project.provide('serverEnv', env)
  return teardown
}

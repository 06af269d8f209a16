import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { freePort } from '@/lib/db/embeddedPostgres'

import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { findChromium } from './browser'
import { type NextServer, startNextServer } from '../helpers/nextServer'
import { readPage, whenShown } from '../helpers/pageWatch'
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
    /** What the pages said before the demo content was seeded beside the running server, and how soon after they showed it. */
    seededBesideServer: SeededBesideServer
  }
}

/** Pages a reader opens first, and the text each shows once the demo content is in. */
const seededPages = {
  '/en': 'In the face of threats, States must defend the independence of the ICC',
  '/en/statements': 'In the face of threats, States must defend the independence of the ICC',
  '/en/reactions': 'The European Union condemned the threats against the Court',
} as const

export type SeededBesideServer = {
  /** Per page: whether it showed the content before the seed (it must not), and whether it was then served from the cache. */
  before: Record<string, { shown: boolean; cache: string | null }>
  /** Per page: milliseconds from the seed's exit until the page showed the content (null: not within 10 s). */
  visibleAfterMs: Record<string, number | null>
}

const root = path.resolve(import.meta.dirname, '../..')
const logDir = path.join(root, '.test-results')

async function runLogged(name: string, run: () => Promise<{ stdout: string; stderr: string }>) {
  try {
    const { stdout, stderr } = await run()
    await writeFile(path.join(logDir, `${name}.log`), stdout + stderr)
  } catch (error) {
    const output =
      error && typeof error === 'object' && 'stdout' in error
        ? `${error.stdout}\n${'stderr' in error ? error.stderr : ''}`
        : ''
    throw new Error(`${name} failed:\n${output.slice(-6000)}`)
  }
}

/**
 * The pages read (and cached) on the empty database, then the demo content seeded from the command
 * line beside the running server, as an operator does: each page is watched until it shows it.
 */
async function seedBesideServer(
  baseURL: string,
  env: NodeJS.ProcessEnv,
): Promise<SeededBesideServer> {
  const before: SeededBesideServer['before'] = {}
  for (const [path, text] of Object.entries(seededPages)) {
    await readPage(baseURL, path)
    const { text: shown, cache } = await readPage(baseURL, path)
    before[path] = { shown: shown.includes(text), cache }
  }
  await runLogged('seed', () => runTsx('scripts/app.ts', ['seed'], { env }))
  const seeded = Date.now()
  const visibleAfterMs: SeededBesideServer['visibleAfterMs'] = {}
  await Promise.all(
    Object.entries(seededPages).map(async ([path, text]) => {
      visibleAfterMs[path] = await whenShown(baseURL, path, (page) => page.includes(text), seeded)
    }),
  )
  return { before, visibleAfterMs }
}

/**
 * The production sequence of docs/deploy.md, as an operator runs it: the build with no database
 * reachable (and no secret), then `npm start` on an empty database (migrations, then the server),
 * then the demo content seeded from the command line while it serves. Fails at once, before
 * building, when there is no browser.
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
    // The whole suite runs against one long-lived server; its heap gets room beyond the production
    // default (scripts/serverHeap.ts), whose memory `npm run bench` and `npm run soak` measure.
    SERVER_HEAP_MB: '640',
    // The job runner must not reach the seeded reactions' sources on the web.
    SOURCE_CHECKS: 'off',
  }
  // This server caches on its own, as one machine does; tests/e2e/scaleOut.test.ts starts the
  // instances that share a Redis (a REDIS_URL given to the suites is theirs).
  delete env.REDIS_URL

  let server: NextServer | undefined
  const teardown = async () => {
    await server?.stop()
    await database.dispose()
  }

  let seededBesideServer: SeededBesideServer
  try {
    // As a CI image build runs: no database address and no secret at all.
    const buildEnv: NodeJS.ProcessEnv = { ...env }
    delete buildEnv.DATABASE_URL
    delete buildEnv.PAYLOAD_SECRET
    await runLogged('build', () => runTsx('scripts/app.ts', ['build'], { env: buildEnv }))
    server = await startNextServer(port, env)
    seededBesideServer = await seedBesideServer(baseURL, env)
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
  project.provide('seededBesideServer', seededBesideServer)
  return teardown
}

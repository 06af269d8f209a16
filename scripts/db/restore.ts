import { execFile, spawn } from 'node:child_process'
import { open, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import pg from 'pg'

import {
  invalidationChannel,
  invalidationTable,
  invalidationTableSql,
} from '@/lib/cache/invalidationLog.mjs'
import { everyContentTag } from '@/lib/cacheTags'

import {
  closed,
  display,
  installTools,
  serverMajor,
  type Target,
  targetOf,
  toolMajor,
} from './tools'

/** A custom-format archive starts with "PGDMP"; anything else is refused before the database is touched. */
export async function assertBackupFile(file: string): Promise<void> {
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

/** Replaces everything in the database with the backup's content, then says how many tables it holds. */
export async function restore(databaseUrl: string, file: string): Promise<void> {
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

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
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import {
  embeddedDatabaseName,
  embeddedPostgres,
  runningEmbeddedPostgres,
} from '@/lib/db/embeddedPostgres'
import type { Env } from '@/lib/env'

import { backup } from './db/backup'
import { assertBackupFile, restore } from './db/restore'
import { display, root } from './db/tools'

const usage = 'Usage: tsx scripts/db.ts backup [FILE] | restore FILE'

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

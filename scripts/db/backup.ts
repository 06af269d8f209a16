import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { invalidationTable } from '@/lib/cache/invalidationLog.mjs'

import { closed, display, formatSize, root, serverMajor, targetOf, toolMajor } from './tools'

/** pg_dump's custom format to `file`, or to backups/<database>-<time>.dump; never over an existing file. */
export async function backup(databaseUrl: string, file: string | undefined): Promise<void> {
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

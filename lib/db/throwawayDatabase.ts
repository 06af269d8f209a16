import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'

export type ThrowawayDatabase = { url: string; dispose: () => Promise<void> }

/**
 * A fresh, empty database for one test or benchmark run: on the server in DATABASE_URL when it is set
 * (a database of its own, dropped afterwards), otherwise on a throwaway embedded Postgres.
 */
export async function createThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const name = `amicus_${label}_${randomBytes(4).toString('hex')}`
  const serverUrl = process.env.DATABASE_URL

  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      async dispose() {
        const client = new pg.Client({ connectionString: serverUrl })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
        await client.end()
      },
    }
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), `amicus-${label}-pg-`))
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), temporary: true })
  return { url: await server.ensureDatabase(name), dispose: () => server.stop() }
}

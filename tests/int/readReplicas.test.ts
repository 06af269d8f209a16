import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EmbeddedServer, freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { postgres } from '@/lib/db/postgres'
import {
  type PayloadWithEnvironment,
  payloadWithEnvironment,
} from '../helpers/payloadWithEnvironment'
import { runTsx } from '../helpers/runTsx'
import { startStreamingReplica, type StreamingReplica } from '../helpers/streamingReplica'

// Tests run outside Next.js, where there is no cache to revalidate.
const context = { disableRevalidate: true }

let primary: EmbeddedServer | undefined
let replica: StreamingReplica | undefined
let payload: Payload
let instance: PayloadWithEnvironment | undefined
let primaryUrl: string
let replicaUrl: string

beforeAll(async () => {
  // A primary of its own in both modes of the suite: a standby copies a whole server, which must be
  // one this file owns (a server in DATABASE_URL holds other databases, and may refuse replication).
  primary = await startEmbeddedPostgres({
    dataDir: await mkdtemp(path.join(tmpdir(), 'amicus-primary-pg-')),
    port: await freePort(),
    temporary: true,
  })
  primaryUrl = await primary.ensureDatabase('amicus_replicas')
  await runTsx('scripts/migrate.ts', [], { env: { ...process.env, DATABASE_URL: primaryUrl } })
  replica = await startStreamingReplica(primaryUrl)
  replicaUrl = replica.url

  instance = await payloadWithEnvironment('read-replicas', {
    DATABASE_URL: primaryUrl,
    DATABASE_REPLICA_URLS: replicaUrl,
  })
  payload = instance.payload
})

afterAll(async () => {
  // Each step runs even when the one before failed, so that no server or folder is left behind.
  // Payload's destroy leaves its pools open: stopping the servers ends their connections, which
  // the config's error listeners log as warnings.
  try {
    await instance?.restore()
  } finally {
    try {
      await replica?.stop()
    } finally {
      await primary?.stop()
    }
  }
})

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text)).rows
  } finally {
    await client.end()
  }
}

/** The topics' English names as Payload reads them, outside any transaction. */
async function readNames(): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'topics',
    locale: 'en',
    sort: 'name',
    limit: 100,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.name)
}

async function primaryNames(): Promise<string[]> {
  const rows = await query<{ name: string }>(
    primaryUrl,
    `SELECT name FROM topics_locales WHERE _locale = 'en' ORDER BY name`,
  )
  return rows.map((row) => row.name)
}

/**
 * Payload sends the reads that follow a write in this process to the primary for a while
 * (readReplicasAfterWriteInterval), so that an editor sees what they saved: wait that out.
 */
async function waitForReadsToReturnToReplica() {
  const adapter = postgres(payload)
  const wait =
    (adapter.lastWriteTimestamp ?? 0) + adapter.readReplicasAfterWriteInterval - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50))
}

describe('with a read replica', () => {
  it('reads outside transactions from the replica, and writes to the primary', async () => {
    const first = await payload.create({
      collection: 'topics',
      locale: 'en',
      data: { name: 'Replicated' },
      overrideAccess: true,
      context,
    })
    await waitForReadsToReturnToReplica()
    await expect.poll(readNames, { timeout: 10_000 }).toEqual(['Replicated'])

    // From here on the replica stands still: nothing written to the primary reaches it.
    await query(replicaUrl, 'SELECT pg_wal_replay_pause()')
    await expect
      .poll(
        async () =>
          (
            await query<{ state: string }>(
              replicaUrl,
              'SELECT pg_get_wal_replay_pause_state() AS state',
            )
          )[0].state,
      )
      .toBe('paused')

    // Both writes succeed, and the update (which reads the document inside its transaction) sees
    // the current document: they run on the primary.
    await payload.create({
      collection: 'topics',
      locale: 'en',
      data: { name: 'Written while paused' },
      overrideAccess: true,
      context,
    })
    const renamed = await payload.update({
      collection: 'topics',
      id: first.id,
      locale: 'en',
      data: { name: 'Renamed' },
      overrideAccess: true,
      context,
    })
    expect(renamed.name).toBe('Renamed')

    // Right after a write, this process still reads from the primary...
    expect(await readNames()).toEqual(['Renamed', 'Written while paused'])
    // ...then from the replica, which has replayed neither write while the primary holds both.
    await waitForReadsToReturnToReplica()
    expect(await readNames()).toEqual(['Replicated'])
    expect(await primaryNames()).toEqual(['Renamed', 'Written while paused'])

    await query(replicaUrl, 'SELECT pg_wal_replay_resume()')
    await expect.poll(readNames, { timeout: 10_000 }).toEqual(['Renamed', 'Written while paused'])
  })
})

import config from '@payload-config'
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

describe('migrations', () => {
  it('have all been applied to the test database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 1000, overrideAccess: true })
    expect(docs.map((doc) => doc.name).sort()).toEqual(migrations.map((migration) => migration.name).sort())
  })

  it('describe the whole schema: the collections need no migration that is not in migrations/', async () => {
    // Generate a migration against a copy of the latest snapshot: it must contain no SQL.
    const scratch = await mkdtemp(path.join(tmpdir(), 'amicus-migrations-'))
    const source = path.resolve(import.meta.dirname, '../../migrations')
    for (const file of await readdir(source)) {
      if (file.endsWith('.json')) await copyFile(path.join(source, file), path.join(scratch, file))
    }
    const before = await readdir(scratch)
    const adapter = payload.db
    const original = adapter.migrationDir
    adapter.migrationDir = scratch
    try {
      // forceAcceptWarning writes a blank migration instead of prompting (or exiting) when nothing changed.
      await adapter.createMigration({ migrationName: 'drift', payload, forceAcceptWarning: true })
    } finally {
      adapter.migrationDir = original
    }
    const generated = (await readdir(scratch)).filter((file) => file.endsWith('_drift.ts'))
    expect(generated).toHaveLength(1)
    const migration = await readFile(path.join(scratch, generated[0]), 'utf8')
    expect(migration).not.toMatch(/sql`/)
    expect(before.length).toBeGreaterThan(0)
  })
})

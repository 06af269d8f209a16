import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseHealth } from '@/lib/health/databaseHealth'
import { migrations } from '@/migrations'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

describe('the database health check', () => {
  it('says the database is up with nothing pending once every migration has run', async () => {
    expect(await databaseHealth(payload)).toEqual({ state: 'up', pendingMigrations: [] })
  })

  it('names a migration this build ships that the database has not run', async () => {
    const latest = migrations.at(-1)?.name ?? ''
    const { rows } = await payload.db.drizzle.execute(sql`DELETE FROM payload_migrations WHERE name = ${latest} RETURNING name, batch`)
    try {
      expect(await databaseHealth(payload)).toEqual({ state: 'up', pendingMigrations: [latest] })
    } finally {
      await payload.db.drizzle.execute(sql`INSERT INTO payload_migrations (name, batch) VALUES (${latest}, ${rows[0].batch})`)
    }
  })
})

import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'
import { databaseHealth } from '@/lib/health/databaseHealth'
import { redisHealth } from '@/lib/health/redisHealth'
import { migrations } from '@/migrations'

import { startRedis } from '../helpers/redisServer'

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
    const { rows } = await payload.db.drizzle.execute(
      sql`DELETE FROM payload_migrations WHERE name = ${latest} RETURNING name, batch`,
    )
    try {
      expect(await databaseHealth(payload)).toEqual({ state: 'up', pendingMigrations: [latest] })
    } finally {
      await payload.db.drizzle.execute(
        sql`INSERT INTO payload_migrations (name, batch) VALUES (${latest}, ${rows[0].batch})`,
      )
    }
  })
})

describe('the shared cache health check', () => {
  it('is off without Redis, up when it answers, down when it does not', async () => {
    expect(await redisHealth(undefined)).toBe('off')
    const redis = await startRedis()
    try {
      // The first check in a process opens the connection, and must not call it down meanwhile.
      expect(await redisHealth(redis.url)).toBe('up')
    } finally {
      await redis.stop()
    }
    expect(await redisHealth(`redis://127.0.0.1:${await freePort()}`)).toBe('down')
  })
})

import config from '@payload-config'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { createLocalReq, getPayload, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createThrowawayDatabase, type ThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { lexicalDocument } from '@/lib/seed/lexical'
import { migrations } from '@/migrations'

let payload: Payload
let database: ThrowawayDatabase
let client: pg.Client

const name = '20261207_093500_translation_memory_backfill'

beforeAll(async () => {
  payload = await getPayload({ config })
  database = await createThrowawayDatabase('memory-backfill')
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
  await database?.dispose()
  await payload.destroy()
})

describe('the translation memory backfill', () => {
  it('stores the segments of the translations accepted before the memory, and only those', async () => {
    const args = { db: drizzle({ client }), payload, req: await createLocalReq({}, payload) }
    const index = migrations.findIndex((migration) => migration.name === name)
    for (const migration of migrations.slice(0, index)) await migration.up(args)

    const {
      rows: [statement],
    } = await client.query<{ id: number }>(
      `INSERT INTO statements (published_at, kind, _status) VALUES (now(), 'statement', 'published') RETURNING id`,
    )
    const source = {
      title: 'Stand by the Court',
      standfirst: 'Every State should.',
      description: null,
      body: lexicalDocument(['States Parties must **cooperate**.', 'Victims come first.']),
    }
    const insert = (status: string, title: string, body: string[], reviewedAt: string) =>
      client.query<{ id: number }>(
        `INSERT INTO translations (statement_id, locale, title, standfirst, body, status, source_snapshot, reviewed_at)
         VALUES ($1, 'fr', $2, 'Chaque État le devrait.', $3, $4, $5, $6) RETURNING id`,
        [statement.id, title, lexicalDocument(body), status, source, reviewedAt],
      )
    const older = await insert(
      'accepted',
      'Soutenir la Cour',
      ['Les États parties doivent **coopérer**.', 'Les victimes d’abord.'],
      '2026-11-01T10:00:00Z',
    )
    const newer = await insert(
      'accepted',
      'Défendre la Cour',
      ['Les États parties doivent **coopérer**.', 'Les victimes avant tout.'],
      '2026-11-20T10:00:00Z',
    )
    await insert('rejected', 'Rejetée', ['Non.', 'Non plus.'], '2026-11-25T10:00:00Z')

    await client.query('BEGIN')
    await migrations[index].up(args)
    await client.query('COMMIT')

    const { rows } = await client.query<{
      segment: string
      target_text: string
      translation_id: number
      stored_at: Date
    }>(
      `SELECT DISTINCT ON (segment) segment, target_text, translation_id, stored_at
       FROM translation_memory ORDER BY segment, stored_at DESC`,
    )
    // The newest accepted translation of each segment is the one offered, dated by its review.
    expect(rows.map((row) => [row.segment, row.target_text, row.translation_id])).toEqual([
      ['body.0', 'Les États parties doivent coopérer.', newer.rows[0].id],
      ['body.1', 'Les victimes avant tout.', newer.rows[0].id],
      ['standfirst', 'Chaque État le devrait.', newer.rows[0].id],
      ['title', 'Défendre la Cour', newer.rows[0].id],
    ])
    expect(rows[0].stored_at.toISOString()).toBe('2026-11-20T10:00:00.000Z')
    const { rows: all } = await client.query<{ translation_id: number }>(
      `SELECT translation_id FROM translation_memory WHERE target_text = 'Les victimes d’abord.'`,
    )
    expect(all.map((row) => row.translation_id)).toEqual([older.rows[0].id])
    const { rows: rejected } = await client.query(
      `SELECT 1 FROM translation_memory WHERE target_text = 'Non.'`,
    )
    expect(rejected).toEqual([])
  })
})

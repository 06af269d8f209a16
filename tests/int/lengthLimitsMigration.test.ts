import config from '@payload-config'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { createLocalReq, getPayload, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createThrowawayDatabase, type ThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { lengthLimits } from '@/lib/text/lengthLimits'
import { migrations } from '@/migrations'

let payload: Payload
let database: ThrowawayDatabase
let client: pg.Client

const name = '20261206_200000_length_limits'
const words = (count: number) =>
  Array.from({ length: count }, (_, index) => `word${index}`).join(' ')

beforeAll(async () => {
  payload = await getPayload({ config })
  database = await createThrowawayDatabase('length-limits')
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
  await database?.dispose()
  await payload.destroy()
})

describe('the length limits migration', () => {
  it('shortens over-long current text at a word boundary, keeps the version history whole, and says what it did', async () => {
    const args = { db: drizzle({ client }), payload, req: await createLocalReq({}, payload) }
    const index = migrations.findIndex((migration) => migration.name === name)
    for (const migration of migrations.slice(0, index)) await migration.up(args)

    // Text stored before the limits, as the 20,799-character title was.
    const title = words(3000)
    const {
      rows: [statement],
    } = await client.query<{ id: number }>(
      `INSERT INTO statements (published_at, kind, _status) VALUES (now(), 'statement', 'published') RETURNING id`,
    )
    await client.query(
      `INSERT INTO statements_locales (_parent_id, _locale, title, slug, standfirst) VALUES ($1, 'en', $2, 'long-one', 'Fine as it is.')`,
      [statement.id, title],
    )
    await client.query(
      `INSERT INTO statements_locales (_parent_id, _locale, title, slug) VALUES ($1, 'fr', 'Court', 'court')`,
      [statement.id],
    )
    const {
      rows: [version],
    } = await client.query<{ id: number }>(
      `INSERT INTO _statements_v (parent_id, version_published_at, version_kind, version__status) VALUES ($1, now(), 'statement', 'published') RETURNING id`,
      [statement.id],
    )
    await client.query(
      `INSERT INTO _statements_v_locales (_parent_id, _locale, version_title) VALUES ($1, 'en', $2)`,
      [version.id, title],
    )
    const summary = words(100)
    const {
      rows: [reaction],
    } = await client.query<{ id: number }>(
      `INSERT INTO reactions (date, stance, source_url, source_title, quote) VALUES (now(), 'supports', 'https://example.org/r', 'Source', 'Short quote.') RETURNING id`,
    )
    await client.query(
      `INSERT INTO reactions_locales (_parent_id, _locale, summary) VALUES ($1, 'fr', $2)`,
      [reaction.id, summary],
    )

    const info = vi.spyOn(payload.logger, 'info').mockImplementation(() => {})
    let printed: string[]
    try {
      await client.query('BEGIN')
      await migrations[index].up(args)
      await client.query('COMMIT')
      printed = info.mock.calls.map(([message]) => String(message))
    } finally {
      info.mockRestore()
    }

    const { rows: locales } = await client.query<{
      _locale: string
      title: string
      standfirst: string | null
    }>(
      `SELECT _locale, title, standfirst FROM statements_locales WHERE _parent_id = $1 ORDER BY _locale`,
      [statement.id],
    )
    const english = locales.find((row) => row._locale === 'en')
    expect([...(english?.title ?? '')].length).toBeLessThanOrEqual(lengthLimits.title)
    expect(english?.title).toMatch(/^word0 word1 .* word\d+…$/)
    expect(title.startsWith(english?.title.slice(0, -1) ?? '-')).toBe(true)
    expect(english?.standfirst).toBe('Fine as it is.')
    expect(locales.find((row) => row._locale === 'fr')?.title).toBe('Court')

    const {
      rows: [history],
    } = await client.query<{ version_title: string }>(
      `SELECT version_title FROM _statements_v_locales WHERE _parent_id = $1`,
      [version.id],
    )
    expect(history.version_title).toBe(title)

    const {
      rows: [reactionText],
    } = await client.query<{ summary: string; quote: string }>(
      `SELECT summary, quote FROM reactions_locales JOIN reactions ON reactions.id = _parent_id WHERE _parent_id = $1`,
      [reaction.id],
    )
    expect([...reactionText.summary].length).toBeLessThanOrEqual(lengthLimits.reactionSummary)
    expect(reactionText.summary.endsWith('…')).toBe(true)
    expect(reactionText.quote).toBe('Short quote.')

    // Pages cached with the long text are dropped by every serving process: every content tag
    // there was when the migration was written (it keeps its own list, frozen).
    const { rows: invalidated } = await client.query<{ tag: string }>(
      `SELECT tag FROM cache_invalidations ORDER BY tag`,
    )
    expect(invalidated.map((row) => row.tag)).toEqual([
      'reactions',
      'statements:lists',
      'statements:pages',
      'statements:slugs',
      'topics',
    ])

    expect(printed).toEqual([
      `Shortened statements ${statement.id} (en) title: ${title.length} characters, limit ${lengthLimits.title}; the full text stays in its version history`,
      `Shortened reactions ${reaction.id} (fr) summary: ${summary.length} characters, limit ${lengthLimits.reactionSummary}; it was: ${summary}`,
    ])
  })
})

import config from '@payload-config'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { invalidationTable } from '@/lib/cache/invalidationLog.mjs'
import { everyContentTag } from '@/lib/cacheTags'
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { databaseUrl } from '@/lib/env'
import { runTsx } from '../helpers/runTsx'

const root = path.resolve(import.meta.dirname, '../..')
// Tests run outside Next.js, where there is no cache to revalidate.
const context = { disableRevalidate: true }

let payload: Payload
let scratch: string
// Restores go into databases of their own: the suite's shared database is only backed up.
const targets: ThrowawayDatabase[] = []
const created: {
  collection: 'statements' | 'topics' | 'reactions' | 'organizations' | 'users'
  id: number
}[] = []

/** `npm run db:<command>` with DATABASE_URL set, as a person runs it: exit code and everything it printed. */
async function dbScript(url: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await runTsx('scripts/db.ts', args, {
      env: { ...process.env, DATABASE_URL: url },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    }
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * Every row of every table as JSON text, sequence positions, and what search needs beside the
 * tables (indexes, text search configurations, extensions): equal for two databases only when
 * one is a faithful copy of the other. The cache invalidation log is no content: a backup leaves
 * its rows out and a restore starts it anew (see `invalidatedTags`).
 */
function contentOf(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const list = async (query: string) =>
      (await client.query<{ item: string }>(query)).rows.map((row) => row.item).sort()
    const content: Record<string, string[]> = {
      '(sequences)': await list(
        `SELECT sequencename || ' ' || coalesce(last_value::text, '-') AS item FROM pg_sequences WHERE schemaname = 'public'`,
      ),
      '(indexes)': await list(
        `SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public'`,
      ),
      '(text search)': await list(
        `SELECT cfgname AS item FROM pg_ts_config WHERE cfgnamespace = 'public'::regnamespace`,
      ),
      '(extensions)': await list(`SELECT extname AS item FROM pg_extension`),
    }
    for (const table of await list(
      `SELECT tablename AS item FROM pg_tables WHERE schemaname = 'public' AND tablename <> '${invalidationTable}'`,
    )) {
      content[table] = await list(
        `SELECT row_to_json(t)::text AS item FROM ${pg.escapeIdentifier(table)} t`,
      )
    }
    return content
  })
}

/** The tags in a database's invalidation log, once each. */
function invalidatedTags(url: string): Promise<string[]> {
  return withClient(url, async (client) =>
    (
      await client.query<{ tag: string }>(
        `SELECT DISTINCT tag FROM ${invalidationTable} ORDER BY tag`,
      )
    ).rows.map((row) => row.tag),
  )
}

async function emptyDatabase(): Promise<ThrowawayDatabase> {
  const database = await createThrowawayDatabase('restore')
  targets.push(database)
  return database
}

/** Content in two languages, a relation, a user: what the shared database holds while it is backed up. */
async function createContent() {
  const topic = await payload.create({
    collection: 'topics',
    locale: 'en',
    data: { name: 'Backups and justice' },
    overrideAccess: true,
    context,
  })
  created.push({ collection: 'topics', id: topic.id })
  await payload.update({
    collection: 'topics',
    id: topic.id,
    locale: 'fr',
    data: { name: 'Sauvegardes et justice' },
    overrideAccess: true,
    context,
  })

  const statement = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title: 'A statement worth a backup',
      slug: 'a-statement-worth-a-backup',
      publishedAt: '2024-03-01',
      kind: 'statement',
      topics: [topic.id],
      _status: 'published',
    },
    overrideAccess: true,
    context,
  })
  created.push({ collection: 'statements', id: statement.id })

  const organization = await payload.create({
    collection: 'organizations',
    locale: 'en',
    data: { code: 'backup-union', name: 'Backup Union', kind: 'regional' },
    overrideAccess: true,
    context,
  })
  created.push({ collection: 'organizations', id: organization.id })
  await payload.update({
    collection: 'organizations',
    id: organization.id,
    locale: 'fr',
    data: { name: 'Union des sauvegardes' },
    overrideAccess: true,
    context,
  })

  const reaction = await payload.create({
    collection: 'reactions',
    locale: 'en',
    data: {
      actors: [{ relationTo: 'organizations', value: organization.id }],
      date: '2024-03-02',
      stance: 'supports',
      summary: 'Supports regular backups',
      sourceUrl: 'https://example.org/backup-union',
      sourceTitle: 'Backup Union statement',
      verified: true,
    },
    overrideAccess: true,
    context,
  })
  created.push({ collection: 'reactions', id: reaction.id })
  await payload.update({
    collection: 'reactions',
    id: reaction.id,
    locale: 'fr',
    data: { summary: 'Soutient les sauvegardes régulières' },
    overrideAccess: true,
    context,
  })

  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'backup-editor@example.org',
      password: 'a-long-test-password',
      roles: ['editor'],
    },
    overrideAccess: true,
  })
  created.push({ collection: 'users', id: user.id })
  return { topic, statement, reaction }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  scratch = await mkdtemp(path.join(tmpdir(), 'amicus-backup-'))
})

afterAll(async () => {
  // Dependents first: reactions point to organizations, statements to topics.
  for (const collection of [
    'reactions',
    'organizations',
    'statements',
    'topics',
    'users',
  ] as const) {
    const ids = created.filter((entry) => entry.collection === collection).map((entry) => entry.id)
    if (ids.length)
      await payload.delete({
        collection,
        where: { id: { in: ids } },
        overrideAccess: true,
        context,
      })
  }
  await payload.destroy()
  for (const target of targets) await target.dispose()
  await rm(scratch, { recursive: true, force: true })
})

describe('npm run db:backup and db:restore', () => {
  it('restore brings back exactly what was backed up, into an empty database and over changed content', async () => {
    const { topic, statement, reaction } = await createContent()
    const atBackup = await contentOf(databaseUrl())
    const file = path.join(scratch, 'round-trip.dump')
    const target = await emptyDatabase()

    const backup = await dbScript(databaseUrl(), 'backup', file)
    expect(backup.output).toMatch(
      new RegExp(`Backed up the database \\S+ on \\S+ to ${file} \\(\\d+(\\.\\d)? [KM]?B\\)`),
    )
    expect(backup.code).toBe(0)
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP')

    // Into an empty database.
    const first = await dbScript(target.url, 'restore', file)
    expect(first.output).toMatch(
      /Restored .*round-trip\.dump into the database \S+ on \S+: \d+ tables\./,
    )
    expect(first.code).toBe(0)
    expect(await contentOf(target.url)).toEqual(atBackup)
    // Every cached page of the restored database is invalidated, whatever the source's log held.
    expect(await invalidatedTags(target.url)).toEqual([...everyContentTag].sort())
    const frenchTopic = await withClient(target.url, (client) =>
      client.query(`SELECT name FROM topics_locales WHERE _parent_id = $1 AND _locale = 'fr'`, [
        topic.id,
      ]),
    )
    expect(frenchTopic.rows).toEqual([{ name: 'Sauvegardes et justice' }])

    // Over content that changed since: rows deleted and edited, and a table a later migration
    // added, which must not survive beside the restored tables.
    await withClient(target.url, async (client) => {
      await client.query('DELETE FROM statements WHERE id = $1', [statement.id])
      await client.query(
        `UPDATE reactions_locales SET summary = 'Edited after the backup' WHERE _parent_id = $1`,
        [reaction.id],
      )
      await client.query('DELETE FROM users')
      await client.query('CREATE TABLE added_later (id serial PRIMARY KEY, note text)')
    })
    expect(await contentOf(target.url)).not.toEqual(atBackup)
    const second = await dbScript(target.url, 'restore', file)
    expect(second.code).toBe(0)
    expect(await contentOf(target.url)).toEqual(atBackup)

    // And the backup is a snapshot: what changes afterwards in the source is not in it.
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'fr',
      data: { name: 'Changée après' },
      overrideAccess: true,
      context,
    })
    expect(await contentOf(databaseUrl())).not.toEqual(atBackup)
    expect(await contentOf(target.url)).toEqual(atBackup)
  }, 180_000)

  it('refuses a truncated backup, a file that is not a backup and a missing one, leaving the database as it was', async () => {
    // The target holds the shared database's content and enough data of its own that a file cut
    // in half keeps its table of contents (read before anything is touched) and loses data.
    const whole = path.join(scratch, 'whole.dump')
    const target = await emptyDatabase()
    expect((await dbScript(databaseUrl(), 'backup', whole)).code).toBe(0)
    expect((await dbScript(target.url, 'restore', whole)).code).toBe(0)
    await withClient(target.url, (client) =>
      client.query(
        'CREATE TABLE bulk AS SELECT n, md5(n::text) AS digest FROM generate_series(1, 100000) AS n',
      ),
    )
    const large = path.join(scratch, 'large.dump')
    expect((await dbScript(target.url, 'backup', large)).code).toBe(0)
    const before = await contentOf(target.url)

    const bytes = await readFile(large)
    const truncated = path.join(scratch, 'truncated.dump')
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const cut = await dbScript(target.url, 'restore', truncated)
    expect(cut.output).toMatch(/The restore failed .* was left as it was/)
    expect(cut.code).toBe(1)

    const notBackup = path.join(scratch, 'notes.txt')
    await writeFile(notBackup, 'not a database\n')
    const wrong = await dbScript(target.url, 'restore', notBackup)
    expect(wrong.output).toMatch(/is not a backup made by `npm run db:backup`/)
    expect(wrong.code).toBe(1)

    const missing = await dbScript(target.url, 'restore', path.join(scratch, 'nowhere.dump'))
    expect(missing.output).toMatch(/nowhere\.dump does not exist/)
    expect(missing.code).toBe(1)

    const noFile = await dbScript(target.url, 'restore')
    expect(noFile.output).toMatch(/restore needs the backup file/)
    expect(noFile.code).toBe(2)

    expect(await contentOf(target.url)).toEqual(before)
  }, 180_000)

  it('never overwrites a backup, and names one after the database and the time when no file is given', async () => {
    const file = path.join(scratch, 'kept.dump')
    await writeFile(file, 'an earlier backup')
    const refused = await dbScript(databaseUrl(), 'backup', file)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/already exists/)
    expect(await readFile(file, 'utf8')).toBe('an earlier backup')

    const database = new URL(databaseUrl()).pathname.slice(1)
    const named = await dbScript(databaseUrl(), 'backup')
    expect(named.code).toBe(0)
    const written = new RegExp(
      `to (backups/${database}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.dump) \\(`,
    ).exec(named.output)?.[1]
    expect(written).toBeDefined()
    const absolute = path.join(root, written ?? '')
    expect(existsSync(absolute)).toBe(true)
    await rm(absolute)
    // The folder too, unless it holds someone's backups.
    if ((await readdir(path.dirname(absolute))).length === 0) await rmdir(path.dirname(absolute))
  }, 120_000)
})

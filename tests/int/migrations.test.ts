import config from '@payload-config'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'
import { migrations } from '@/migrations'

import { runTsx } from '../helpers/runTsx'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

describe('migrations', () => {
  it('have all been applied to the test database', async () => {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 1000,
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.name).sort()).toEqual(
      migrations.map((migration) => migration.name).sort(),
    )
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

type Schema = Record<
  | 'tables'
  | 'columns'
  | 'constraints'
  | 'indexes'
  | 'types'
  | 'sequences'
  | 'textSearch'
  | 'extensions',
  string[]
>

/** Everything a migration may create, as sorted text: equal snapshots, equal schemas. */
async function schemaOf(client: pg.Client): Promise<Schema> {
  const list = async (query: string) =>
    (await client.query<{ item: string }>(query)).rows.map((row) => row.item).sort()
  return {
    tables: await list(`SELECT tablename AS item FROM pg_tables WHERE schemaname = 'public'`),
    // Not the column's position: a column that a down adds back comes last, which changes nothing.
    columns: await list(`
      SELECT table_name || '.' || column_name || ' ' || udt_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
        || coalesce(' default ' || column_default, '') AS item
      FROM information_schema.columns WHERE table_schema = 'public'`),
    constraints: await list(`
      SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace`),
    indexes: await list(`SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public'`),
    types: await list(`
      SELECT t.typname || ' (' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')' AS item
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`),
    sequences: await list(
      `SELECT sequencename AS item FROM pg_sequences WHERE schemaname = 'public'`,
    ),
    textSearch: await list(
      `SELECT cfgname AS item FROM pg_ts_config WHERE cfgnamespace = 'public'::regnamespace`,
    ),
    extensions: await list(`SELECT extname AS item FROM pg_extension`),
  }
}

describe("each migration's down, on a copy", () => {
  it('undoes exactly what its up did, from the last to the first, and migrating up again works', async () => {
    const copy = await createThrowawayDatabase('migrations')
    // One connection, ended (and awaited) before the copy is dropped.
    const client = new pg.Client({ connectionString: copy.url })
    await client.connect()
    // Payload's migrate:down reads the files in migrations/ itself, which vitest's Node cannot import
    // (TypeScript); the functions are the same ones migrations/index.ts gives the deploy. They use
    // only `db`; `payload` and `req` are the suite's, as the type asks for them.
    const args = { db: drizzle({ client }), payload, req: await createLocalReq({}, payload) }
    // Each in a transaction of its own, as Payload runs them.
    const run = async (step: (migrationArgs: typeof args) => Promise<void>) => {
      await client.query('BEGIN')
      await step(args)
      await client.query('COMMIT')
    }
    try {
      const before: Schema[] = []
      const after: Schema[] = []
      for (const migration of migrations) {
        before.push(await schemaOf(client))
        await run(migration.up)
        after.push(await schemaOf(client))
      }

      for (let index = migrations.length - 1; index >= 0; index--) {
        const { name, down } = migrations[index]
        await run(down)
        const now = await schemaOf(client)
        const createdTables = after[index].tables.filter(
          (table) => !before[index].tables.includes(table),
        )
        expect(
          now.tables.filter((table) => createdTables.includes(table)),
          `tables ${name} created`,
        ).toEqual([])
        expect(now, `the schema after ${name}'s down`).toEqual(before[index])
      }

      // Up again, from nothing, the way a deploy does it.
      await runTsx('scripts/migrate.ts', [], { env: { ...process.env, DATABASE_URL: copy.url } })
      expect(await schemaOf(client)).toEqual(after[migrations.length - 1])
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM payload_migrations ORDER BY name',
      )
      expect(rows.map((row) => row.name)).toEqual(
        migrations.map((migration) => migration.name).sort(),
      )
    } finally {
      await client.end()
      await copy.dispose()
    }
  }, 240_000)
})

describe('migrations at deploy time', () => {
  it('are applied once when several instances start at the same moment', async () => {
    const database = await createThrowawayDatabase('deploy')
    try {
      const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'production' as const }
      // Three instances of a deploy, each applying migrations as it starts, in production (where
      // Payload has its own ways of migrating).
      await Promise.all([1, 2, 3].map(() => runTsx('scripts/migrate.ts', [], { env })))

      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      try {
        const { rows } = await client.query<{ name: string; times: number }>(
          'SELECT name, count(*)::int AS times FROM payload_migrations GROUP BY name',
        )
        expect(rows.map((row) => row.name).sort()).toEqual(
          migrations.map((migration) => migration.name).sort(),
        )
        expect(rows.every((row) => row.times === 1)).toBe(true)
      } finally {
        await client.end()
      }
    } finally {
      await database.dispose()
    }
  }, 180_000)
})

describe('npm run payload -- migrate:down', () => {
  it('rolls back the last batch through the CLI, and the schema migrates up again', async () => {
    const database = await createThrowawayDatabase('cli-down')
    const tables = async () => {
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      try {
        const { rows } = await client.query<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
        return rows.map((row) => row.name)
      } finally {
        await client.end()
      }
    }
    try {
      const env = { ...process.env, DATABASE_URL: database.url }
      await runTsx('scripts/migrate.ts', [], { env })
      expect(await tables()).toContain('statements')

      // One deploy applied every migration as one batch: the CLI undoes them all.
      const { stdout } = await runTsx('scripts/app.ts', ['payload', 'migrate:down'], { env })
      expect(stdout).toContain('Migrated down:  20261127_080650_initial')
      expect(await tables()).toEqual([])

      await runTsx('scripts/migrate.ts', [], { env })
      expect(await tables()).toEqual(expect.arrayContaining(['statements', 'payload_migrations']))
    } finally {
      await database.dispose()
    }
  }, 180_000)
})

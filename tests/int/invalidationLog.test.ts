import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  invalidationReader,
  invalidationTable,
  readEveryMs,
  recordInvalidationsSql,
} from '@/lib/cache/invalidationLog.mjs'

/**
 * The log every serving process reads to learn what other processes changed, against the suite's
 * migrated database: writers commit rows in their own transactions, readers see each once.
 */

const databaseUrl = () => process.env.DATABASE_URL ?? ''
let writer: pg.Client
let otherWriter: pg.Client
const readers: { close: () => Promise<void> }[] = []

/** A reader that records what it is told, as the cache handler's tag manifest would. */
function reader() {
  const marked: { tag: string; staleAt: number }[] = []
  const log = invalidationReader(databaseUrl(), (tag, staleAt) => marked.push({ tag, staleAt }))
  readers.push(log)
  // Each read waits out the once-a-second limit, so that it is a read.
  const read = async () => {
    await new Promise((resolve) => setTimeout(resolve, readEveryMs))
    await log.refresh()
  }
  return { marked, read, tags: () => marked.map(({ tag }) => tag) }
}

const unique = (name: string) => `test:${name}:${Math.random().toString(36).slice(2)}`

beforeAll(async () => {
  writer = new pg.Client({ connectionString: databaseUrl() })
  otherWriter = new pg.Client({ connectionString: databaseUrl() })
  await Promise.all([writer.connect(), otherWriter.connect()])
})

afterAll(async () => {
  await Promise.all(readers.map((log) => log.close()))
  await Promise.all([writer.end(), otherWriter.end()])
})

describe('the invalidation log', () => {
  it('tells a running reader of a change committed elsewhere, once', async () => {
    const watcher = reader()
    await watcher.read()
    const tag = unique('committed')
    await writer.query(recordInvalidationsSql, [[tag, tag]])
    const before = Date.now()
    await watcher.read()
    expect(watcher.tags().filter((seen) => seen === tag)).toEqual([tag])
    expect(watcher.marked.find((entry) => entry.tag === tag)?.staleAt).toBeGreaterThanOrEqual(
      before,
    )
    await watcher.read()
    expect(watcher.tags().filter((seen) => seen === tag)).toHaveLength(1)
  })

  it('tells nothing of a change until its transaction commits, then tells it though a later write was read before', async () => {
    const watcher = reader()
    await watcher.read()
    const tag = unique('long-transaction')
    const later = unique('later')
    await writer.query('BEGIN')
    await writer.query(recordInvalidationsSql, [[tag]])
    // Written and committed after, in a later transaction and at a later time, and read first.
    await otherWriter.query(recordInvalidationsSql, [[later]])
    await watcher.read()
    expect(watcher.tags()).toContain(later)
    expect(watcher.tags()).not.toContain(tag)
    await writer.query('COMMIT')
    await watcher.read()
    expect(watcher.tags()).toContain(tag)
    expect(watcher.tags().filter((seen) => seen === later)).toHaveLength(1)
  })

  it('hears of a commit at once, with no request asking', async () => {
    const watcher = reader()
    // The first request starts listening.
    await watcher.read()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const tag = unique('announced')
    await writer.query(recordInvalidationsSql, [[tag]])
    const deadline = Date.now() + 3_000
    while (!watcher.tags().includes(tag) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(watcher.tags()).toContain(tag)
  })

  it('tells nothing of a change rolled back', async () => {
    const watcher = reader()
    await watcher.read()
    const tag = unique('rolled-back')
    await writer.query('BEGIN')
    await writer.query(recordInvalidationsSql, [[tag]])
    await writer.query('ROLLBACK')
    await watcher.read()
    await watcher.read()
    expect(watcher.tags()).not.toContain(tag)
  })

  it('tells a reader that starts later every tag changed before, stale from a little after the change', async () => {
    const tag = unique('before-start')
    await writer.query(recordInvalidationsSql, [[tag]])
    const { rows } = await writer.query<{ at: Date }>(
      `SELECT at FROM ${invalidationTable} WHERE tag = $1`,
      [tag],
    )
    const latecomer = reader()
    await latecomer.read()
    const entry = latecomer.marked.find((marked) => marked.tag === tag)
    // A render that read the database just before the write committed counts as stale too.
    expect(entry?.staleAt).toBeGreaterThan(rows[0].at.getTime())
    expect(entry?.staleAt).toBeLessThanOrEqual(Date.now())
  })

  it('lets the page be served when the database does not answer', async () => {
    const marked: string[] = []
    const unreachable = invalidationReader('postgres://amicus@127.0.0.1:9/nowhere', (tag) =>
      marked.push(tag),
    )
    readers.push(unreachable)
    await expect(unreachable.refresh()).resolves.toBeUndefined()
    expect(marked).toEqual([])
  })
})

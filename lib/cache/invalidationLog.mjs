// @ts-check
/**
 * Which cache tags changed, recorded in Postgres by whatever wrote the change: a request on any
 * instance, `npm run seed`, `npm run import:reactions`, `npm run db:restore`, a job. The row goes
 * in with the write's own transaction, so it becomes visible exactly when the content does, and
 * every serving process reads the log at most once a second (lib/cache/sharedCacheHandler.mjs).
 *
 * Reading "what committed since I last looked" cannot go by time or by id: both are taken when a
 * transaction writes, not when it commits. Each row carries its transaction's id instead, and a
 * reader remembers the oldest transaction still running when it last read (the snapshot's xmin):
 * anything that commits later has an id at least that high.
 *
 * Plain JavaScript because the cache handler, which Next loads outside its compiler, uses it.
 */
import pg from 'pg'

export const invalidationTable = 'cache_invalidations'

/**
 * The table and its indexes; the migration runs it, and so does development's pushed schema. No
 * serial id: development's schema push would try to drop its sequence, which is outside Payload's.
 * A row is known by its transaction and tag.
 */
export const invalidationTableSql = `
CREATE TABLE IF NOT EXISTS ${invalidationTable} (
  tag text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  xact xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX IF NOT EXISTS ${invalidationTable}_xact_idx ON ${invalidationTable} (xact);
CREATE INDEX IF NOT EXISTS ${invalidationTable}_tag_idx ON ${invalidationTable} (tag, at);`

/** Where each commit that wrote to the log is announced (see `listen`). */
export const invalidationChannel = 'cache_invalidations'

/** One parameter: the tags, as a text array. The notification goes out when the transaction commits. */
export const recordInvalidationsSql = `WITH recorded AS (INSERT INTO ${invalidationTable} (tag) SELECT DISTINCT unnest($1::text[]) RETURNING tag)
SELECT pg_notify('${invalidationChannel}', count(*)::text) FROM recorded`

/**
 * A render that read the database just before a write committed is younger than the row's `at`
 * (taken before the commit) by at most the rest of that transaction. On start a reader therefore
 * treats entries up to this long after a change as stale too: one extra render each, at worst.
 */
const commitAllowanceMs = 60_000
/** A cached view costs no query: a process reads the log at most this often. */
export const readEveryMs = 1_000
/** A reader idle for longer may have missed rows that pruning removed since: it starts over. */
const idleRestartMs = 12 * 60 * 60 * 1000
/** How often a reader prunes rows superseded by a later change of the same tag over a day before. */
const pruneEveryMs = 10 * 60 * 1000

const firstReadSql = `
SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
  coalesce((SELECT json_agg(json_build_object('tag', tag, 'at', (extract(epoch FROM at) * 1000)::float8))
            FROM (SELECT tag, max(at) AS at FROM ${invalidationTable} GROUP BY tag) latest), '[]') AS latest,
  coalesce((SELECT json_agg(xact::text || ' ' || tag) FROM ${invalidationTable} WHERE xact >= pg_snapshot_xmin(pg_current_snapshot())), '[]') AS pending`

const nextReadSql = `
SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
  coalesce((SELECT json_agg(json_build_object('tag', tag, 'xact', xact::text))
            FROM ${invalidationTable} WHERE xact >= $1::xid8), '[]') AS recent`

const pruneSql = `
DELETE FROM ${invalidationTable} old
WHERE old.at < now() - interval '1 day'
  AND EXISTS (SELECT 1 FROM ${invalidationTable} later WHERE later.tag = old.tag AND later.at > old.at)`

/**
 * @typedef {(tag: string, staleAt: number) => void} MarkStale
 * @typedef {{ horizon: bigint, seen: Set<string>, readAt: number }} Position
 */

/**
 * Reads the log for one process. `markStale` is told each changed tag and the time from which
 * cached entries of it are stale.
 * @param {string} databaseUrl
 * @param {MarkStale} markStale
 */
export function invalidationReader(databaseUrl, markStale) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 1_000,
    query_timeout: 2_000,
  })
  // An idle connection the server closes is not a crash; the next read opens another.
  pool.on('error', () => {})
  /** @type {Position | undefined} */
  let position
  let prunedAt = Date.now()
  let failing = false

  async function startOver() {
    const { rows } = await pool.query(firstReadSql)
    const [{ horizon, latest, pending }] = rows
    const now = Date.now()
    const idle = position !== undefined
    for (const { tag, at } of /** @type {{ tag: string, at: number }[]} */ (latest)) {
      // After a long idle, everything is judged stale from now: what changed meanwhile is unknown.
      markStale(tag, idle ? now : Math.min(at + commitAllowanceMs, now))
    }
    position = { horizon: BigInt(horizon), seen: new Set(pending), readAt: now }
  }

  /** @param {Position} from */
  async function readOn(from) {
    const { rows } = await pool.query(nextReadSql, [from.horizon.toString()])
    const [{ horizon, recent }] = rows
    const now = Date.now()
    const next = BigInt(horizon)
    /** @type {Set<string>} */
    const seen = new Set()
    for (const row of /** @type {{ tag: string, xact: string }[]} */ (recent)) {
      const key = `${row.xact} ${row.tag}`
      // Seen before: it committed before the last read but is still above the horizon.
      if (!from.seen.has(key)) markStale(row.tag, now)
      if (BigInt(row.xact) >= next) seen.add(key)
    }
    position = { horizon: next, seen, readAt: now }
  }

  async function read() {
    try {
      if (!position || Date.now() - position.readAt > idleRestartMs) await startOver()
      else await readOn(position)
      if (failing) console.warn('Cache invalidations readable again.')
      failing = false
      if (Date.now() - prunedAt > pruneEveryMs) {
        prunedAt = Date.now()
        await pool.query(pruneSql)
      }
    } catch (error) {
      // The cache keeps serving what it has; the next read tries again.
      if (!failing)
        console.error(
          `Cache invalidations unreadable (${error instanceof Error ? error.message : error}); cached pages are served as they are until the database answers.`,
        )
      failing = true
    }
  }

  /** @type {Promise<void> | undefined} */
  let reading
  let again = false
  let startedAt = 0

  /** A read now, or, when one is under way, another right after it (it may have begun before the commit). */
  function readNow() {
    if (reading) {
      again = true
      return reading
    }
    startedAt = Date.now()
    reading = read().finally(() => {
      reading = undefined
      if (again) {
        again = false
        void readNow()
      }
    })
    return reading
  }

  /** @type {pg.Client | undefined} */
  let listener
  let listenAgainAt = 0
  let closed = false

  /**
   * Postgres tells this process of each commit that wrote to the log (NOTIFY is delivered at
   * commit), so that it reads at once rather than on its next request a second later. Lost
   * notifications cost only that second: requests still read at most once a second.
   */
  function listen() {
    if (listener || closed || Date.now() < listenAgainAt) return
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1_000 })
    listener = client
    // A lost connection is made again by a later request, five seconds on at the earliest.
    const retry = () => {
      if (listener !== client) return
      listener = undefined
      listenAgainAt = Date.now() + 5_000
      client.end().catch(() => {})
    }
    client.on('notification', () => void readNow())
    client.on('error', retry)
    client.on('end', retry)
    client
      .connect()
      .then(() => client.query(`LISTEN ${invalidationChannel}`))
      .catch(retry)
  }

  /**
   * Brings this process up to date in the background: a read when the last one began a second ago
   * or more. Requests do not wait for it (a read under load waits its turn on the event loop);
   * the promise, for whoever wants to, settles when the read in flight does.
   */
  function refresh() {
    listen()
    if (!reading && Date.now() - startedAt >= readEveryMs) void readNow()
    return reading ?? Promise.resolve()
  }

  async function close() {
    closed = true
    const client = listener
    listener = undefined
    await Promise.all([client?.end().catch(() => {}), pool.end()])
  }

  return { refresh, close }
}

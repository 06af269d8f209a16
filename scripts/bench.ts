/**
 * `npm run bench`: builds for production, starts the site on a fresh database seeded at scale,
 * and measures it with autocannon (in its own process), each figure next to its budget
 * (scripts/bench/budgets.ts): throughput and latency of the main pages next to a plain Node
 * server sending the same bytes (the ceiling, measured in the same run), database queries per
 * view, publish-to-visible, page weight, CPU per request and peak memory; searches each asked
 * once, so nothing can answer from a cache; then the pages readers get from the edge cache
 * through nginx when nginx is available, and Lighthouse's scores for the reader's main pages
 * (through the edge, as readers get them). Prints one table and writes bench/results.json. It
 * measures; it asserts nothing (the tests do that).
 *
 *   BENCH_SECONDS=10       seconds of load per page
 *   BENCH_STATEMENTS=10000 BENCH_REACTIONS=5000   data at scale
 *   BENCH_SKIP_BUILD=1     reuse the last production build in .next/
 *   BENCH_MEMORY_LOOKUPS=60   fuzzy translation-memory lookups timed
 *   BENCH_ONLY=memory      only the translation memory's figures (printed, results.json kept)
 *   BENCH_ONLY=pages       everything but the translation memory's figures
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from '@/lib/db/embeddedPostgres'
import { createThrowawayDatabase } from '@/lib/db/throwawayDatabase'

import { budgets } from './bench/budgets'
import { measureEdge } from './bench/edge'
import { lighthouseScores } from './bench/lighthouse'
import { pagesToMeasure } from './bench/pages'
import { prepareDatabase, startProductionServer } from './bench/productionSite'
import { publishToVisible } from './bench/publishToVisible'
import { judgeLighthouse, printTable } from './bench/report'
import { measureAppRow, measureDistinctRow, type Row } from './bench/rows'
import { addScaleData } from './bench/scaleData'
import { runScript } from './runScript'
import { requireSupportedNode } from './supportedNode.mjs'

const root = path.resolve(import.meta.dirname, '..')
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const scale = {
  statements: Number(process.env.BENCH_STATEMENTS ?? 10_000),
  reactions: Number(process.env.BENCH_REACTIONS ?? 5_000),
}
const admin = { email: 'bench-admin@amicus.local', password: randomBytes(12).toString('hex') }

const children: ChildProcess[] = []
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'))
process.on('exit', stopAll)

async function main() {
  requireSupportedNode()
  console.log(
    `Preparing a database with ${scale.statements} statements and ${scale.reactions} reactions …`,
  )
  const database = await createThrowawayDatabase('bench')
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: origin,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // Scheduled jobs would add database traffic of their own to the query counts.
    JOBS_RUNNER: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
    // The load comes from one address: the per-client limits would measure themselves.
    SEARCHES_PER_MINUTE: '1000000',
    LOGIN_ATTEMPTS_PER_15_MINUTES: '1000',
  }
  const db = new pg.Client({ connectionString: database.url })
  // Stopping the database at the end ends this connection too; that is not an error.
  db.on('error', () => {})
  try {
    await prepareDatabase(env)
    await db.connect()
    const started = Date.now()
    await addScaleData(db, scale)
    console.log(`Scale data written in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    const only = process.env.BENCH_ONLY
    if (only && only !== 'memory' && only !== 'pages')
      throw new Error(`BENCH_ONLY is "memory" or "pages", not "${only}"`)
    const memory = only === 'pages' ? 'not measured (BENCH_ONLY=pages)' : await memoryFigures(env)
    console.log('Translation memory, fuzzy lookups:', JSON.stringify(memory))
    if (only === 'memory') return

    const server = await startProductionServer(env, port, { build: !process.env.BENCH_SKIP_BUILD })
    children.push(server)
    const pid = server.pid ?? 0
    const { pages, edgePages, distinct, distinctTracker } = await pagesToMeasure(db)

    const transactions = async () => {
      // Postgres publishes its counters about once a second: read them after they have settled.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await db.query('SELECT pg_stat_clear_snapshot()')
      const { rows: stats } = await db.query<{ count: string }>(
        'SELECT xact_commit + xact_rollback AS count FROM pg_stat_database WHERE datname = current_database()',
      )
      return Number(stats[0].count)
    }

    const app = { origin, via: 'app' as const, appPid: pid, seconds }
    const rows: Row[] = []
    for (const page of pages) rows.push(await measureAppRow(app, page, transactions))
    // Each half of the distinct searches goes to one run: no term is asked twice in the bench.
    const half = Math.floor(distinct.length / 2)
    rows.push(
      await measureDistinctRow(
        app,
        'search, every term new',
        distinct.slice(0, half),
        budgets.noFailure,
      ),
      await measureDistinctRow(app, 'tracker, every view new', distinctTracker, budgets.noFailure),
    )
    const peakMb = Math.max(...rows.map((row) => row.peakMb ?? 0))

    // The sitemap is made on request from every page's addresses: how long the index and all its
    // child sitemaps take at this scale, the first time (statements read from the database).
    const sitemapStarted = performance.now()
    const sitemapIndex = await (await fetch(`${origin}/sitemap.xml`)).text()
    for (const [, child] of sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g))
      await (await fetch(child)).arrayBuffer()
    const sitemapMs = Math.round(performance.now() - sitemapStarted)

    const publish = await publishToVisible(origin, origin, db, admin)
    const edge = await measureEdge({ origin, port, pid }, edgePages, distinct.slice(half), db, {
      seconds,
      admin,
      children,
    })
    rows.push(...edge.rows)

    // Lighthouse on the reference statement (real content), as readers get it: through the edge.
    const { rows: reference } = await db.query<{ slug: string; locale: string }>(
      `SELECT slug, _locale::text AS locale FROM statements_locales WHERE _parent_id = (SELECT min(id) FROM statements) AND _locale IN ('en', 'ar')`,
    )
    const readerOrigin = edge.origin ?? origin
    const scores = await lighthouseScores([
      { name: 'home', url: `${readerOrigin}/en` },
      ...reference.map((row) => ({
        name: `statement (${row.locale})`,
        url: `${readerOrigin}/${row.locale}/statements/${encodeURIComponent(row.slug)}`,
      })),
      { name: 'tracker', url: `${readerOrigin}/en/reactions` },
    ])
    const lighthouse = Object.fromEntries(
      Object.entries(scores).map(([page, score]) => [page, judgeLighthouse(score)]),
    )

    const report = {
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        date: new Date().toISOString(),
      },
      scale,
      secondsPerRun: seconds,
      rows,
      peakServerMemoryMb: peakMb,
      sitemapMs,
      publishToVisibleMs: publish,
      edge: edge.report,
      lighthouse,
      translationMemory: memory,
    }
    mkdirSync(path.join(root, 'bench'), { recursive: true })
    writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`)
    printTable(report)
  } finally {
    stopAll()
    await db.end().catch(() => {})
    await database.dispose()
  }
}

/** The translation memory filled at scale and fuzzy lookups timed, in their own process (memoryLookups.ts). */
async function memoryFigures(env: NodeJS.ProcessEnv): Promise<unknown> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'amicus-bench-')), 'memory.json')
  const code = await runScript(env, 'bench/memoryLookups.ts', file)
  if (code !== 0) throw new Error(`bench/memoryLookups.ts exited with ${code}`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    stopAll()
    process.exit(1)
  },
)

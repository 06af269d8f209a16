/**
 * `npm run soak`: load and faults on a production build, on loopback only, bounded in time.
 *
 *  1. Load: SOAK_SECONDS (120) of requests at SOAK_CONNECTIONS (100) while an editor publishes
 *     every 5 seconds, through the nginx edge cache (deploy/nginx.conf) as in production, or on
 *     the app directly when nginx is missing: the cached pages, the statements index (first and
 *     last page, filtered), searches (a fixed set of terms, asked again and again) and the
 *     tracker's filtered views (one over chosen dates). Expected: no failed request (a redirect counts as one: the
 *     addresses are the site's own), reported by kind; no upward memory trend in the app.
 *  2. Outage: Postgres is stopped under load, and the app itself is asked. Expected: cached pages keep answering 200, live
 *     pages a 503 page in the reader's language, the health check says "degraded", and nothing
 *     hangs or crashes.
 *  3. Recovery: Postgres comes back. Expected: the same server (no restart) is healthy again,
 *     serves live pages and publishes.
 *
 * It runs on an embedded Postgres of its own (it has to stop it), prints each check and exits
 * with 1 when one fails.
 *
 *   SOAK_SKIP_BUILD=1   reuse the last production build in .next/
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type EmbeddedServer, freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'

import { autocannon, waitForOk } from './bench/measure'
import { findNginx, startNginx } from './bench/nginx'
import { statementsPerPage } from './bench/pages'
import { prepareDatabase, startProductionServer } from './bench/productionSite'
import { finalAddress } from './bench/rows'
import { checks, type Site, sleep } from './soak/checks'
import { type LoadGroup, loadWhilePublishing } from './soak/load'
import { checkOutage, checkRecovery } from './soak/outageAndRecovery'
import { requireSupportedNode } from './supportedNode.mjs'

const seconds = Number(process.env.SOAK_SECONDS ?? 120)
const connections = Number(process.env.SOAK_CONNECTIONS ?? 100)
const admin = { email: 'soak-admin@amicus.local', password: randomBytes(12).toString('hex') }

async function main() {
  requireSupportedNode()
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'amicus-soak-pg-'))
  const pgPort = await freePort()
  let database: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir, port: pgPort })
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: await database.ensureDatabase('amicus_soak'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: origin,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_RUNNER: 'off',
    // Every request comes from this one address: the limits would measure themselves.
    SEARCHES_PER_MINUTE: '1000000',
    LOGIN_ATTEMPTS_PER_15_MINUTES: '1000',
  }
  let server: ChildProcess | undefined
  let edge: ChildProcess | undefined
  try {
    await prepareDatabase(env)
    server = await startProductionServer(env, port, { build: !process.env.SOAK_SKIP_BUILD })
    const pid = server.pid ?? 0

    const login = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const { docs, totalDocs } = (await (
      await fetch(`${origin}/api/statements?limit=1&depth=0&locale=en&sort=-publishedAt`)
    ).json()) as {
      docs: { id: number; slug: string; publishedAt: string }[]
      totalDocs: number
    }
    const statement = docs[0]
    const pages = [`/en`, `/en/statements/${statement.slug}`, `/fr/reactions`, `/en/states/fr`]
    // Cached in the app as well: the index's views and the tracker's views without dates.
    const cached = [...pages, '/en/statements', '/fr/reactions?stance=condemns']
    // Rendered per request: search and the tracker over chosen dates.
    const live = ['/en/search?q=court', '/es/reactions?from=2020-01-01']
    for (const page of [...cached, ...live]) await waitForOk(origin + page)
    const site: Site = { origin, server, pid, statement, auth, cached, live }

    // 1. Load, with a publish every 5 seconds, through the edge when there is one.
    const nginx = findNginx()
    let loadOrigin = origin
    if ('missing' in nginx) {
      console.log(`${nginx.missing} The load goes to the app directly.`)
    } else {
      const edgePort = await freePort()
      edge = await startNginx(nginx.path, {
        prefix: await mkdtemp(path.join(os.tmpdir(), 'amicus-soak-nginx-')),
        port: edgePort,
        appPort: port,
        gzipPort: await freePort(),
      })
      loadOrigin = `http://127.0.0.1:${edgePort}`
    }
    const topology = loadOrigin === origin ? 'the app' : 'nginx in front of the app'
    const lastPage = Math.ceil(totalDocs / statementsPerPage())
    const groups: LoadGroup[] = [
      { name: 'cached pages', paths: pages },
      {
        name: 'statements index',
        paths: [
          '/en/statements',
          '/fr/statements',
          ...(lastPage > 1 ? [`/en/statements?page=${lastPage}`] : []),
          '/en/statements?kind=statement',
          `/es/statements?year=${statement.publishedAt.slice(0, 4)}`,
        ],
      },
      {
        name: 'search',
        paths: ['court', 'independence', 'rome+statute', 'sanctions', 'defenders']
          .map((term) => `/en/search?q=${term}`)
          .concat('/fr/search?q=cour', '/ar/search?q=%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9'),
      },
      {
        name: 'tracker, filtered',
        paths: [
          '/en/reactions?stance=condemns',
          '/fr/reactions?sort=latest',
          '/es/reactions?party=yes',
          '/en/reactions?stance=condemns&sort=latest',
          '/ar/reactions?from=2024-01-01&stance=condemns',
        ],
      },
    ]
    // Each address is loaded as the site writes it: one it would redirect is replaced (and said).
    for (const group of groups)
      group.paths = await Promise.all(
        group.paths.map(async (page) => (await finalAddress(loadOrigin, page)).path),
      )
    console.log(
      `Load: ${seconds} s at ${connections} connections on ${topology}, a publish every 5 s …`,
    )
    await loadWhilePublishing(site, groups, { loadOrigin, topology, seconds, connections })

    // 2. Outage: the database stops while readers keep coming.
    console.log('Outage: stopping Postgres …')
    const outageLoad = autocannon(origin + cached[1], { connections: 20, seconds: 15 })
    await sleep(1000)
    await database.stop()
    database = undefined
    await sleep(1500)
    await checkOutage(site, outageLoad)

    // 3. Recovery, without touching the server.
    console.log('Recovery: starting Postgres again …')
    const restarted = Date.now()
    database = await startEmbeddedPostgres({ dataDir, port: pgPort })
    await checkRecovery(site, restarted)
  } finally {
    if (edge && edge.exitCode === null) edge.kill('SIGTERM')
    if (server && server.exitCode === null) server.kill('SIGTERM')
    await database?.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  console.log()
  console.table(checks)
  const failed = checks.filter((entry) => !entry.pass)
  console.log(
    failed.length === 0
      ? `All ${checks.length} checks passed.`
      : `${failed.length} of ${checks.length} checks failed.`,
  )
  return failed.length === 0
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

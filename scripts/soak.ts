/**
 * `npm run soak`: load and faults on a production build, on loopback only, bounded in time.
 *
 *  1. Load: SOAK_SECONDS (120) of requests on public pages at SOAK_CONNECTIONS (100) while an
 *     editor publishes every 5 seconds, through the nginx edge cache (deploy/nginx.conf) as in
 *     production, or on the app directly when nginx is missing. Expected: no error, no upward
 *     memory trend in the app.
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

import { autocannon, type Load, rssMb, waitForOk } from './bench/measure'
import { findNginx, startNginx } from './bench/nginx'
import { prepareDatabase, startProductionServer } from './bench/productionSite'

const seconds = Number(process.env.SOAK_SECONDS ?? 120)
const connections = Number(process.env.SOAK_CONNECTIONS ?? 100)
const admin = { email: 'soak-admin@amicus.local', password: randomBytes(12).toString('hex') }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Check = { phase: string; check: string; figure: string; pass: boolean }
const checks: Check[] = []
function check(phase: string, name: string, figure: string, pass: boolean) {
  checks.push({ phase, check: name, figure, pass })
  console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${phase}: ${name} (${figure})`)
}

/** A GET with a deadline: an answer after `timeoutMs` counts as a hang. */
async function timedGet(
  url: string,
  timeoutMs = 10_000,
): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now()
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    return { status: response.status, ms: Math.round(performance.now() - started), text }
  } catch {
    return { status: 0, ms: Math.round(performance.now() - started), text: '' }
  }
}

/** Least-squares slope of memory over time, in MB per minute. */
function slopePerMinute(samples: { at: number; mb: number }[]): number {
  const n = samples.length
  const meanT = samples.reduce((sum, s) => sum + s.at, 0) / n
  const meanM = samples.reduce((sum, s) => sum + s.mb, 0) / n
  const covariance = samples.reduce((sum, s) => sum + (s.at - meanT) * (s.mb - meanM), 0)
  const variance = samples.reduce((sum, s) => sum + (s.at - meanT) ** 2, 0)
  return variance === 0 ? 0 : (covariance / variance) * 60_000
}

async function main() {
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
    const { docs } = (await (
      await fetch(`${origin}/api/statements?limit=1&depth=0&locale=en&sort=-publishedAt`)
    ).json()) as { docs: { id: number; slug: string }[] }
    const statement = docs[0]
    const cached = [`/en`, `/en/statements/${statement.slug}`, `/fr/reactions`, `/en/states/fr`]
    const live = ['/en/statements', '/fr/reactions?stance=condemns', '/en/search?q=court']
    for (const page of [...cached, ...live]) await waitForOk(origin + page)

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
    console.log(
      `Load: ${seconds} s at ${connections} connections on ${topology}, a publish every 5 s …`,
    )
    const samples: { at: number; mb: number }[] = []
    const started = Date.now()
    const sampler = setInterval(
      () => samples.push({ at: Date.now() - started, mb: rssMb(pid) }),
      1000,
    )
    const publishes: { status: number; ms: number }[] = []
    let publishing = true
    const publisher = (async () => {
      // One publish every 5 s by the clock; one that takes longer is followed at once.
      for (let round = 1; publishing; round++) {
        await sleep(Math.max(0, started + round * 5000 - Date.now()))
        if (!publishing) break
        const sent = performance.now()
        const response = await fetch(`${origin}/api/statements/${statement.id}?locale=en`, {
          method: 'PATCH',
          headers: auth,
          body: JSON.stringify({ standfirst: `Soak publish ${round}.`, _status: 'published' }),
        })
        publishes.push({ status: response.status, ms: Math.round(performance.now() - sent) })
      }
    })()
    // The filtered tracker costs about 100 ms of CPU per view (bench/results.json): at this
    // concurrency it alone saturates two cores, and every request behind it waits. It is checked
    // in the outage below, not loaded here.
    // What browsers send: the edge serves them its compressed copy as is.
    const readerHeaders: Record<string, string> = process.env.SOAK_PLAIN
      ? {}
      : { 'accept-encoding': 'gzip, deflate, br' }
    const pages = [...cached, ...live.filter((page) => !page.includes('reactions?'))]
    const perPage = Math.max(1, Math.floor(connections / pages.length))
    const loads: Load[] = await Promise.all(
      pages.map((page) =>
        autocannon(loadOrigin + page, { connections: perPage, seconds, headers: readerHeaders }),
      ),
    )
    publishing = false
    await publisher
    clearInterval(sampler)
    const requests = loads.reduce((sum, load) => sum + load.requests, 0)
    const errors = loads.reduce((sum, load) => sum + load.errors + load.non2xx, 0)
    const failures = loads.flatMap((load, index) =>
      load.errors + load.non2xx
        ? [
            `${pages[index]}: ${load.errors} errors (${load.timeouts} timeouts), ${load.non2xx} non-2xx, slowest ${load.max} ms`,
          ]
        : [],
    )
    check(
      'load',
      `no failed request (${topology})`,
      `${errors} of ${requests} requests${failures.length ? `; ${failures.join('; ')}` : ''}`,
      errors === 0,
    )
    const saved = publishes.filter((publish) => publish.status === 200)
    const slowest = Math.max(...publishes.map((publish) => publish.ms))
    check(
      'load',
      'every publish saved',
      `${saved.length} of ${publishes.length}, slowest ${slowest} ms`,
      publishes.length > 0 && saved.length === publishes.length,
    )
    // Memory per quarter of the run: the first quarter is warm-up (caches fill, code is compiled on
    // first use, the heap grows to its working size); after that it must level off.
    const quarter = (index: number) =>
      samples.filter((sample) => Math.floor((sample.at / (seconds * 1000)) * 4) === index)
    const means = [0, 1, 2, 3].map((index) =>
      Math.round(
        quarter(index).reduce((sum, sample) => sum + sample.mb, 0) /
          Math.max(1, quarter(index).length),
      ),
    )
    const slope = slopePerMinute(samples.filter((sample) => sample.at > (seconds * 1000) / 2))
    const peak = Math.round(Math.max(...samples.map((sample) => sample.mb)))
    check(
      'load',
      'no upward memory trend',
      `mean MB per quarter ${means.join(' → ')}, ${slope.toFixed(1)} MB/min over the second half, peak ${peak} MB`,
      means[3] <= means[2] * 1.05,
    )

    // 2. Outage: the database stops while readers keep coming.
    console.log('Outage: stopping Postgres …')
    const outageLoad = autocannon(origin + cached[1], { connections: 20, seconds: 15 })
    await sleep(1000)
    await database.stop()
    database = undefined
    await sleep(1500)
    const cachedDuring = await Promise.all(cached.map((page) => timedGet(origin + page)))
    check(
      'outage',
      'cached pages answer 200',
      cachedDuring
        .map((answer, index) => `${cached[index]} ${answer.status} in ${answer.ms} ms`)
        .join(', '),
      cachedDuring.every((answer) => answer.status === 200),
    )
    const liveDuring = await Promise.all(live.map((page) => timedGet(origin + page)))
    check(
      'outage',
      'live pages answer a 503 page in their language, at once',
      liveDuring
        .map((answer, index) => `${live[index]} ${answer.status} in ${answer.ms} ms`)
        .join(', '),
      liveDuring.every(
        (answer, index) =>
          answer.status === 503 &&
          answer.ms < 2000 &&
          answer.text.includes(`lang="${live[index].slice(1, 3)}"`),
      ),
    )
    const health = await timedGet(`${origin}/api/health`)
    check(
      'outage',
      'health says degraded, without quoting SQL',
      `${health.status} ${health.text}`,
      health.status === 200 &&
        JSON.parse(health.text || '{}').status === 'degraded' &&
        !/select|failed query/i.test(health.text),
    )
    const ready = await timedGet(`${origin}/api/health/ready`)
    check(
      'outage',
      'readiness says not ready',
      `${ready.status} in ${ready.ms} ms`,
      ready.status === 503,
    )
    const neverRendered = await timedGet(`${origin}/es/states/br`)
    check(
      'outage',
      'a page never rendered before gets an answer, not a hang',
      `${neverRendered.status} in ${neverRendered.ms} ms`,
      neverRendered.status > 0 && neverRendered.ms < 10_000,
    )
    const duringLoad = await outageLoad
    check(
      'outage',
      'no failed request on the cached page under load',
      `${duringLoad.errors + duringLoad.non2xx} of ${duringLoad.requests}`,
      duringLoad.errors + duringLoad.non2xx === 0,
    )
    check('outage', 'the server is still running', `pid ${pid}`, server.exitCode === null)

    // 3. Recovery, without touching the server.
    console.log('Recovery: starting Postgres again …')
    const restarted = Date.now()
    database = await startEmbeddedPostgres({ dataDir, port: pgPort })
    let recoveredMs = -1
    while (Date.now() - restarted < 30_000) {
      const answer = await timedGet(`${origin}/api/health/ready`, 5000)
      if (answer.status === 200) {
        recoveredMs = Date.now() - restarted
        break
      }
      await sleep(250)
    }
    check(
      'recovery',
      'ready again by itself',
      recoveredMs < 0 ? 'not within 30 s' : `${recoveredMs} ms after Postgres started`,
      recoveredMs >= 0,
    )
    const liveAfter = await Promise.all(live.map((page) => timedGet(origin + page)))
    check(
      'recovery',
      'live pages answer 200',
      liveAfter.map((answer) => answer.status).join(', '),
      liveAfter.every((answer) => answer.status === 200),
    )
    const title = `Recovered ${randomBytes(3).toString('hex')}`
    const publish = await fetch(`${origin}/api/statements/${statement.id}?locale=en`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ standfirst: title, _status: 'published' }),
    })
    let visible = false
    for (let attempt = 0; attempt < 50 && !visible; attempt++) {
      visible = (await timedGet(origin + cached[1])).text.includes(title)
      if (!visible) await sleep(100)
    }
    check(
      'recovery',
      'a publish is saved and visible',
      `${publish.status}, ${visible ? 'visible' : 'not visible within 5 s'}`,
      publish.status === 200 && visible,
    )
    check('recovery', 'same server process', `pid ${pid}`, server.exitCode === null)
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

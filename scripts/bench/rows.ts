import { freePort } from '@/lib/db/embeddedPostgres'

import { type Budget, judge, type Verdict } from './budgets'
import { loadPaths } from './loadPaths'
import {
  autocannon,
  cpuSeconds,
  fetchCompressed,
  type Load,
  pageWeight,
  sequentialLatency,
  startCeilingServer,
  withPeakMemory,
} from './measure'
import { pct, round } from './report'

export type Page = { name: string; path: string; budget?: Budget }

/** One line of the table: a page loaded at 50 connections on the app or through nginx. */
export type Row = {
  page: string
  via: 'app' | 'edge'
  path: string
  /** The address the bench was given, when it answered with a redirect (see `finalAddress`). */
  redirectedFrom?: string
  cacheStatus?: string
  rps: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
  statuses: Record<string, number>
  ceilingRps?: number
  ofCeiling?: number
  aloneMs?: { p50: number; p95: number }
  /** The app's CPU per request (through nginx: per request readers sent to nginx); none answered, none. */
  cpuMsPerRequest?: number
  queriesPerView?: number
  peakMb?: number
  weightKb?: { html: number; css: number; js: number; total: number }
  /** Many-distinct-queries runs: addresses listed, and taken (more taken than listed repeats some). */
  distinct?: { listed: number; sent: number }
  budget?: Verdict
}

export type Target = { origin: string; via: 'app' | 'edge'; appPid: number; seconds: number }

/**
 * Where `path` leads: itself, or the address it redirects to. The site answers a query string
 * not written its own way (parameters in order, defaults dropped, lower case) with a 308; a load
 * run must not measure redirects, so the bench loads the final address and says so.
 */
export async function finalAddress(
  origin: string,
  path: string,
): Promise<{ path: string; from?: string }> {
  const response = await fetch(origin + path, { redirect: 'manual' })
  const location = response.headers.get('location')
  if (response.status < 300 || response.status >= 400 || !location) return { path }
  const target = new URL(location, origin + path)
  const final = target.pathname + target.search
  console.warn(
    `  ! ${path} answers ${response.status} → ${final}: measuring the latter; write it so in the bench.`,
  )
  return { path: final, from: path }
}

function figures(load: Load, ceiling: Load | null) {
  return {
    rps: load.rps,
    p50Ms: load.p50,
    p99Ms: load.p99,
    maxMs: load.max,
    requests: load.requests,
    errors: load.errors,
    timeouts: load.timeouts,
    non2xx: load.non2xx,
    statuses: load.statuses,
    ...(ceiling && {
      ceilingRps: ceiling.rps,
      ofCeiling: round(load.rps / Math.max(1, ceiling.rps), 3),
    }),
  }
}

/** The app's CPU milliseconds per request answered since `before` (cpuSeconds). */
function cpuMsPer(appPid: number, before: number, load: Load): number | undefined {
  if (load.requests === 0) return undefined
  return round(((cpuSeconds(appPid) - before) * 1000) / load.requests, 2)
}

/** A plain Node server sending `body` from memory, loaded as long as the page was. */
async function ceilingFor(body: string, seconds: number): Promise<Load> {
  const port = await freePort()
  const server = await startCeilingServer(body, port)
  try {
    return await autocannon(`http://127.0.0.1:${port}/`, { seconds })
  } finally {
    server.kill()
  }
}

function logRow(row: Row) {
  const ceiling = row.ceilingRps ? ` (${pct(row.ofCeiling ?? 0)} of ${row.ceilingRps})` : ''
  const failed = row.errors + row.non2xx ? `, ${row.errors} errors, ${row.non2xx} non-2xx` : ''
  const mark = row.budget ? ` ${row.budget.pass ? '✓' : '✗'}` : ''
  console.log(
    `  ${row.page} (${row.via}): ${row.rps} req/s${ceiling}, p99 ${row.p99Ms} ms${failed}${mark}`,
  )
}

/**
 * A page on the app alone: database transactions per view (`transactions` reads the counter),
 * then load with CPU and memory, the ceiling for the same bytes, weight and a lone reader's latency.
 */
export async function measureAppRow(
  target: Target,
  page: Page,
  transactions: () => Promise<number>,
): Promise<Row> {
  const { origin, appPid, seconds } = target
  const address = await finalAddress(origin, page.path)
  const url = origin + address.path
  for (let warm = 0; warm < 3; warm++) await fetch(url)
  const body = await (await fetch(url)).text()

  const before = await transactions()
  const probe = 500
  await autocannon(url, { connections: 10, amount: probe })
  // The two reads of the counter are transactions of their own.
  const queriesPerView = Math.max(0, ((await transactions()) - before - 2) / probe)

  const cpuBefore = cpuSeconds(appPid)
  const { result: load, peakMb } = await withPeakMemory(appPid, () => autocannon(url, { seconds }))
  const cpuMs = cpuMsPer(appPid, cpuBefore, load)
  const ceiling = await ceilingFor(body, seconds)

  const measured = {
    page: page.name,
    via: 'app' as const,
    path: address.path,
    redirectedFrom: address.from,
    ...figures(load, ceiling),
    aloneMs: await sequentialLatency(url),
    cpuMsPerRequest: cpuMs,
    queriesPerView: round(queriesPerView, 3),
    peakMb,
    weightKb: await pageWeight(origin, address.path),
  }
  const row = { ...measured, budget: page.budget && judge(measured, page.budget) }
  logRow(row)
  return row
}

/** A page through nginx: what the edge answered after warming up, load, and the ceiling. */
export async function measureEdgeRow(target: Target, page: Page): Promise<Row> {
  const { origin, appPid, seconds } = target
  const address = await finalAddress(origin, page.path)
  const url = origin + address.path
  // Warmed until the edge keeps a copy (or ten tries): the status says whether it does.
  let cacheStatus = 'none'
  for (let warm = 0; warm < 10 && cacheStatus !== 'HIT'; warm++) {
    if (warm > 0) await new Promise((resolve) => setTimeout(resolve, 200))
    cacheStatus = String((await fetchCompressed(url)).headers['x-cache'] ?? 'none')
  }
  const body = await (await fetch(url)).text()
  const cpuBefore = cpuSeconds(appPid)
  const load = await autocannon(url, { seconds })
  const cpuMs = cpuMsPer(appPid, cpuBefore, load)
  const ceiling = await ceilingFor(body, seconds)
  const measured = {
    page: page.name,
    via: 'edge' as const,
    path: address.path,
    redirectedFrom: address.from,
    cacheStatus,
    ...figures(load, ceiling),
    cpuMsPerRequest: cpuMs,
    weightKb: await pageWeight(origin, address.path),
  }
  const row = { ...measured, budget: page.budget && judge(measured, page.budget) }
  logRow(row)
  return row
}

/**
 * Searches nobody asked before, each matching one benchmark statement: a word of its text and
 * its number (`court 1234`), ten words times `numbers`. Lower case, spaces as `+`: the address a
 * search form sends, which the site answers itself.
 */
export function distinctSearchPaths(locale: string, numbers: number[]): string[] {
  const words = ['court', 'sanctions', 'independence', 'victims', 'rome']
  const more = ['statute', 'cooperation', 'benchmark', 'statement', 'text']
  return [...words, ...more].flatMap((word) =>
    numbers.map((n) => `/${locale}/search?q=${word}+${n}`),
  )
}

/** 50 connections, each request a different address of `paths`: nothing can answer from a cache. */
export async function measureDistinctRow(
  target: Target,
  name: string,
  paths: string[],
  budget: Budget,
): Promise<Row> {
  const { origin, appPid, seconds, via } = target
  const first = await fetch(origin + paths[0], { redirect: 'manual' })
  if (first.status !== 200)
    console.warn(`  ! ${paths[0]} answers ${first.status}: the run will count it as failed.`)
  const cpuBefore = cpuSeconds(appPid)
  const load = await loadPaths(origin, paths.slice(1), { seconds })
  const cpuMs = cpuMsPer(appPid, cpuBefore, load)
  const measured = {
    page: name,
    via,
    path: `${paths[1]} …`,
    ...figures(load, null),
    cpuMsPerRequest: cpuMs,
    distinct: { listed: paths.length - 1, sent: load.sent },
  }
  const row = { ...measured, budget: judge(measured, budget) }
  if (load.sent > paths.length - 1)
    console.warn(`  ! ${load.sent} requests for ${paths.length - 1} addresses: some were repeated.`)
  logRow(row)
  return row
}

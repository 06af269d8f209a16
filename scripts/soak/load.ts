import { loadPaths, type PathsLoad } from '../bench/loadPaths'
import { rssMb } from '../bench/measure'
import { check, type Site, sleep } from './checks'

/** Least-squares slope of memory over time, in MB per minute. */
function slopePerMinute(samples: { at: number; mb: number }[]): number {
  const n = samples.length
  const meanT = samples.reduce((sum, s) => sum + s.at, 0) / n
  const meanM = samples.reduce((sum, s) => sum + s.mb, 0) / n
  const covariance = samples.reduce((sum, s) => sum + (s.at - meanT) * (s.mb - meanM), 0)
  const variance = samples.reduce((sum, s) => sum + (s.at - meanT) ** 2, 0)
  return variance === 0 ? 0 : (covariance / variance) * 60_000
}

/** Pages loaded together: their share of the connections follows their number. */
export type LoadGroup = { name: string; paths: string[] }

/** What failed in a group, by kind: connection errors and timeouts, then each status per page. */
function failuresOf(group: LoadGroup, load: PathsLoad): string | null {
  const kinds = [
    ...(load.errors ? [`${load.errors} errors (${load.timeouts} timeouts)`] : []),
    ...Object.entries(load.failuresByPath).flatMap(([page, statuses]) =>
      Object.entries(statuses).map(([status, count]) => `${count}×${status} on ${page}`),
    ),
  ]
  if (!kinds.length) return null
  // The slowest answer, when there was one: requests that timed out have none.
  const slowest = load.requests ? `, slowest answer ${load.max} ms` : ''
  return `${group.name}: ${kinds.join(', ')}${slowest}`
}

/**
 * `seconds` of requests on the public pages (`groups`, each page of a group in turn) at
 * `connections` through `loadOrigin`, while an editor publishes every 5 seconds: no request may
 * fail, every publish must be saved, and the app's memory must level off.
 */
export async function loadWhilePublishing(
  { origin, pid, statement, auth }: Site,
  groups: LoadGroup[],
  {
    loadOrigin,
    topology,
    seconds,
    connections,
  }: { loadOrigin: string; topology: string; seconds: number; connections: number },
): Promise<void> {
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
  // What browsers send: the edge serves them its compressed copy as is.
  const readerHeaders: Record<string, string> = process.env.SOAK_PLAIN
    ? {}
    : { 'accept-encoding': 'gzip, deflate, br' }
  const pageCount = groups.reduce((sum, group) => sum + group.paths.length, 0)
  const loads = await Promise.all(
    groups.map((group) =>
      loadPaths(loadOrigin, group.paths, {
        connections: Math.max(1, Math.round((connections * group.paths.length) / pageCount)),
        seconds,
        headers: readerHeaders,
        byPath: true,
      }),
    ),
  )
  publishing = false
  await publisher
  clearInterval(sampler)
  console.table(
    Object.fromEntries(
      loads.map((load, index) => [
        groups[index].name,
        {
          pages: groups[index].paths.length,
          requests: load.requests,
          'req/s': load.rps,
          'p99 ms': load.p99,
          'max ms': load.max,
          errors: load.errors,
          timeouts: load.timeouts,
          'non-2xx': load.non2xx,
        },
      ]),
    ),
  )
  const requests = loads.reduce((sum, load) => sum + load.requests, 0)
  const errors = loads.reduce((sum, load) => sum + load.errors + load.non2xx, 0)
  const failures = loads.flatMap((load, index) => failuresOf(groups[index], load) ?? [])
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
}

import { autocannon, type Load, rssMb } from '../bench/measure'
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

/**
 * `seconds` of requests on the public pages at `connections` through `loadOrigin`, while an
 * editor publishes every 5 seconds: no request may fail, every publish must be saved, and the
 * app's memory must level off.
 */
export async function loadWhilePublishing(
  { origin, pid, statement, auth, cached, live }: Site,
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
}

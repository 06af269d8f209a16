import { randomBytes } from 'node:crypto'

import type { Load } from '../bench/measure'
import { check, type Site, sleep, timedGet } from './checks'

/** With Postgres stopped under `outageLoad`: cached pages answer, live pages say so at once, health says degraded. */
export async function checkOutage(
  { origin, server, pid, cached, live }: Site,
  outageLoad: Promise<Load>,
): Promise<void> {
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
}

/** Postgres started again at `restarted`: the same server becomes ready by itself, serves live pages and publishes. */
export async function checkRecovery(
  { origin, server, pid, statement, auth, cached, live }: Site,
  restarted: number,
): Promise<void> {
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
  // The proxy asks whether the database answers at most once a second: live pages may still say
  // it is down for that second.
  const asked = Date.now()
  let liveAfter = await Promise.all(live.map((page) => timedGet(origin + page)))
  while (liveAfter.some((answer) => answer.status !== 200) && Date.now() - asked < 2000) {
    await sleep(250)
    liveAfter = await Promise.all(live.map((page) => timedGet(origin + page)))
  }
  check(
    'recovery',
    'live pages answer 200 within 2 s',
    `${liveAfter.map((answer) => answer.status).join(', ')} after ${Date.now() - asked} ms`,
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
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'

import { logIn } from '../helpers/apiClient'
import { type NextServer, startNextServer } from '../helpers/nextServer'
import { whenShown } from '../helpers/pageWatch'
import { oneReactionCsv } from '../helpers/reactionsCsv'
import { type RedisServer, startRedis } from '../helpers/redisServer'
import { runTsx } from '../helpers/runTsx'
import {
  draftStatement,
  publishedVersionCount,
  schedulePublish,
} from '../helpers/scheduledPublishing'

/**
 * Two more instances of the production build, on the suite's database and one Redis, as a
 * deploy with several app servers runs: what one does, the other must see, and what both are
 * asked to do (the jobs) must happen once.
 */

let redis: RedisServer
let instanceA: NextServer
let instanceB: NextServer
let token: string
let payload: Payload
let runnerAuthorization: string
const created: number[] = []

/** The page's `<h1>` (what a reader sees as the statement's title) and whether Next served it from its cache. */
async function read(
  baseURL: string,
  path: string,
): Promise<{ heading: string | null; cache: string | null }> {
  const response = await fetch(baseURL + path)
  const heading =
    response.status === 200
      ? (/<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? null)
      : null
  return { heading, cache: response.headers.get('x-nextjs-cache') }
}

const headingOf = async (baseURL: string, path: string) => (await read(baseURL, path)).heading

async function api(baseURL: string, method: 'POST' | 'PATCH', path: string, body: object) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const reply = (await response.json()) as { doc: { id: number; slug: string } }
  expect(response.status, JSON.stringify(reply)).toBe(method === 'POST' ? 201 : 200)
  return reply.doc
}

beforeAll(async () => {
  redis = await startRedis()
  const env = { ...inject('serverEnv'), REDIS_URL: redis.url, JOBS_RUNNER: 'off' }
  // One at a time: two production servers starting at once on two cores would each take longer.
  instanceA = await startNextServer(await freePort(), env)
  instanceB = await startNextServer(await freePort(), env)
  token = (await logIn(instanceA.baseURL, inject('adminEmail'), inject('adminPassword'))).token

  // The suite's process talks to the same database to queue a job, as the admin does when an
  // editor schedules a publish.
  Object.assign(process.env, {
    DATABASE_URL: inject('serverEnv').DATABASE_URL,
    PAYLOAD_SECRET: inject('payloadSecret'),
  })
  const [{ getPayload }, { default: config }, { jobsRunnerToken }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/lib/jobs/runnerToken'),
  ])
  payload = await getPayload({ config })
  runnerAuthorization = `Bearer ${jobsRunnerToken()}`
}, 180_000)

afterAll(async () => {
  if (payload && created.length > 0) {
    await payload.delete({
      collection: 'statements',
      where: { id: { in: created } },
      overrideAccess: true,
      // Revalidated like any other delete: the suite's other server lists these too.
    })
  }
  await payload?.destroy()
  await Promise.all([instanceA?.stop(), instanceB?.stop()])
  await redis?.stop()
})

describe('several app instances with one Redis', () => {
  it('say in their health that the shared cache answers', async () => {
    for (const instance of [instanceA, instanceB]) {
      expect(await (await fetch(`${instance.baseURL}/api/health`)).json()).toMatchObject({
        status: 'ok',
        redis: 'up',
      })
    }
  })

  it('show on instance B, within 2 seconds, what was published through instance A', async () => {
    const doc = await api(instanceA.baseURL, 'POST', '/api/statements?locale=en', {
      title: 'Shared cache statement, first wording',
      kind: 'statement',
      publishedAt: '2026-11-01',
      _status: 'published',
    })
    created.push(doc.id)
    const path = `/en/statements/${doc.slug}`

    // The page is rendered once (on B) and then served from the shared cache, by A too (Next may
    // store the render just after answering, hence a few tries).
    expect((await read(instanceB.baseURL, path)).heading).toBe(
      'Shared cache statement, first wording',
    )
    let onA = await read(instanceA.baseURL, path)
    for (let attempt = 0; attempt < 20 && onA.cache !== 'HIT'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      onA = await read(instanceA.baseURL, path)
    }
    expect(onA).toEqual({ heading: 'Shared cache statement, first wording', cache: 'HIT' })
    expect(await read(instanceB.baseURL, path)).toEqual({
      heading: 'Shared cache statement, first wording',
      cache: 'HIT',
    })

    const started = Date.now()
    await api(instanceA.baseURL, 'PATCH', `/api/statements/${doc.id}?locale=en`, {
      title: 'Shared cache statement, second wording',
      _status: 'published',
    })
    const published = Date.now()

    let heading: string | null = null
    while (Date.now() - published < 2_000) {
      heading = await headingOf(instanceB.baseURL, path)
      if (heading === 'Shared cache statement, second wording') break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const elapsed = Date.now() - published
    console.log(
      `Publish through A (saved in ${published - started} ms) visible on B ${elapsed} ms later`,
    )
    expect(heading).toBe('Shared cache statement, second wording')
    expect(elapsed).toBeLessThan(2_000)
  })

  it('show on both, within 2 seconds, reactions imported from the command line', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'amicus-scale-out-'))
    try {
      const summary = `Imported beside two instances ${Date.now().toString(36)}: reaffirms its support for the Court.`
      const file = await oneReactionCsv(folder, 'JP', summary)
      // Cached on both (through Redis) before the import.
      for (const instance of [instanceA, instanceB])
        expect(
          await fetch(`${instance.baseURL}/en/states/jp`).then((response) => response.text()),
        ).not.toContain(summary)
      await runTsx('scripts/app.ts', ['import:reactions', file], {
        env: { ...inject('serverEnv'), REDIS_URL: redis.url },
      })
      const imported = Date.now()
      const shownAfter = await Promise.all(
        [instanceA, instanceB].map((instance) =>
          whenShown(instance.baseURL, '/en/states/jp', (text) => text.includes(summary), imported),
        ),
      )
      console.log(
        `CLI import visible on A after ${shownAfter[0]} ms, on B after ${shownAfter[1]} ms (with Redis)`,
      )
      for (const elapsed of shownAfter) {
        expect(elapsed).not.toBeNull()
        expect(elapsed).toBeLessThan(2_000)
      }
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('publish a scheduled statement once when both run their jobs at the same moment', async () => {
    const draft = await draftStatement(payload, 'Statement scheduled on two instances')
    created.push(draft.id)
    await schedulePublish(payload, draft.id, new Date(Date.now() - 1_000))

    const rounds = [instanceA, instanceB, instanceA, instanceB, instanceA, instanceB].map(
      async (instance) => {
        const response = await fetch(`${instance.baseURL}/api/jobs/run`, {
          method: 'POST',
          headers: { authorization: runnerAuthorization },
        })
        return { status: response.status, body: (await response.json()) as { ran: boolean } }
      },
    )
    const answers = await Promise.all(rounds)
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200))
    expect(answers.some((answer) => answer.body.ran)).toBe(true)

    expect(await publishedVersionCount(payload, draft.id)).toBe(1)
    const { slug } = await payload.findByID({
      collection: 'statements',
      id: draft.id,
      locale: 'en',
    })
    for (const instance of [instanceA, instanceB]) {
      expect(await headingOf(instance.baseURL, `/en/statements/${slug}`)).toBe(
        'Statement scheduled on two instances',
      )
    }
  })
})

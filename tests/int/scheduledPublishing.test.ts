import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { jobsRunnerToken } from '@/lib/jobs/runnerToken'

import { invalidatedSince, logEnd } from '../helpers/invalidationLog'
import {
  draftStatement as draftOf,
  publishedVersionCount,
  schedulePublish,
} from '../helpers/scheduledPublishing'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
const ids: number[] = []
const restGet = REST_GET(config)
const restPost = REST_POST(config)

async function draftStatement(title: string) {
  const doc = await draftOf(payload, title)
  ids.push(doc.id)
  return doc
}

const isPublic = async (id: number) =>
  (
    await payload.find({
      collection: 'statements',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
  ).totalDocs === 1

const runnerAuthorization = () => `Bearer ${jobsRunnerToken()}`

function runJobsOverHttp(authorization?: string) {
  const request = new Request('http://amicus.test/api/jobs/run', {
    method: 'POST',
    headers: authorization ? { authorization } : {},
  })
  return restPost(request, { params: Promise.resolve({ slug: ['jobs', 'run'] }) })
}

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: ids } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('scheduled publishing', () => {
  it('publishes a statement when its time has come, and invalidates its pages for every server', async () => {
    const due = await draftStatement('Due statement')
    const later = await draftStatement('Later statement')
    await schedulePublish(payload, due.id, new Date(Date.now() - 1000))
    await schedulePublish(payload, later.id, new Date(Date.now() + 3_600_000))
    const end = await logEnd(payload)

    await payload.jobs.run({ queue: 'default' })

    expect(await isPublic(due.id)).toBe(true)
    expect(await isPublic(later.id)).toBe(false)
    expect(await invalidatedSince(payload, end)).toEqual(
      [`statement:${due.id}`, 'statements:lists', 'statements:slugs'].sort(),
    )
  })

  it('runs jobs over HTTP only for the runner’s token', async () => {
    const doc = await draftStatement('Runner statement')
    await schedulePublish(payload, doc.id, new Date(Date.now() - 1000))

    expect((await runJobsOverHttp()).status).toBe(401)
    expect((await runJobsOverHttp('Bearer not-the-token')).status).toBe(401)
    expect(await isPublic(doc.id)).toBe(false)

    expect((await runJobsOverHttp(runnerAuthorization())).status).toBe(200)
    expect(await isPublic(doc.id)).toBe(true)
  })

  it('keeps Payload’s own run endpoint closed, even to the runner: it has no lock', async () => {
    const request = new Request('http://amicus.test/api/payload-jobs/run?queue=default', {
      headers: { authorization: runnerAuthorization() },
    })
    const response = await restGet(request, {
      params: Promise.resolve({ slug: ['payload-jobs', 'run'] }),
    })
    expect(response.status).toBe(401)
  })

  it('publishes a scheduled statement once when several runners call at the same moment', async () => {
    const doc = await draftStatement('Statement scheduled once')
    await schedulePublish(payload, doc.id, new Date(Date.now() - 1000))

    const answers = await Promise.all(
      Array.from({ length: 12 }, () => runJobsOverHttp(runnerAuthorization())),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200))
    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as { ran: boolean }[]
    expect(bodies.filter((body) => body.ran).length).toBeGreaterThanOrEqual(1)

    expect(await isPublic(doc.id)).toBe(true)
    expect(await publishedVersionCount(payload, doc.id)).toBe(1)
  })
})

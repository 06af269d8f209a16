import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { REST_GET, REST_PATCH } from '@payloadcms/next/routes'
import {
  type BeforeListServerProps,
  type DefaultServerCellComponentProps,
  getPayload,
  type Payload,
} from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SourceCheckCell } from '@/components/admin/SourceCheckCell'
import { SourceProblemsPanel } from '@/components/admin/SourceProblemsPanel'
import { postgres } from '@/lib/db/postgres'
import { checkDueSources, type SourceCheckSettings } from '@/lib/sourceCheck/round'
import type { Reaction, User } from '@/payload-types'

import { revalidated } from '../helpers/fakeNextCache'
import { runnerRound } from '../helpers/releases'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * The source check against a local server: every source below is on 127.0.0.1, and every other
 * verified reaction in the database is marked checked first, so the round reaches nothing else
 * (the counts it returns are exactly these sources').
 */

type Arrival = { method: string; path: string; at: number; userAgent: string }

let payload: Payload
let server: Server
let base = ''
let editor: User
let editorToken = ''
let stateId = 0
const arrivals: Arrival[] = []
const created: number[] = []
let stamped: number[] = []

const settings: SourceCheckSettings = {
  everyHours: 24,
  hostSpacingMs: 200,
  timeoutMs: 800,
  roundMs: 60_000,
  userAgent: 'AmicusSourceCheck/1.0 (+http://amicus.test)',
}

/** What the local server answers, by path; `/hang` never answers. */
function answer(request: IncomingMessage, response: ServerResponse) {
  const path = request.url ?? '/'
  arrivals.push({
    method: request.method ?? '',
    path,
    at: Date.now(),
    userAgent: request.headers['user-agent'] ?? '',
  })
  if (path === '/hang') return
  if (path === '/moved') return response.writeHead(301, { location: '/elsewhere' }).end()
  if (path === '/slash') return response.writeHead(301, { location: `${base}/slash/` }).end()
  if (path === '/no-head' && request.method === 'HEAD') return response.writeHead(405).end()
  if (path === '/missing') return response.writeHead(404).end()
  response.writeHead(200, { 'content-type': 'text/html' }).end('<p>A page</p>')
}

const restPatch = REST_PATCH(config)
const restGet = REST_GET(config)

async function rest(method: 'GET' | 'PATCH', path: string, token: string | null, body?: object) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const handler = method === 'GET' ? restGet : restPatch
  const response = await handler(
    new Request(url, {
      method,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    }),
    { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) },
  )
  return { status: response.status, text: await response.text() }
}

async function reaction(path: string, extra: Partial<Reaction> = {}) {
  const doc = await payload.create({
    collection: 'reactions',
    data: {
      actors: [{ relationTo: 'states', value: stateId }],
      date: '2026-03-01',
      stance: 'supports',
      sourceUrl: `${base}${path}`,
      sourceTitle: `Source check ${path}`,
      verified: true,
      ...extra,
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  created.push(doc.id)
  return doc
}

const read = (id: number) =>
  payload.findByID({ collection: 'reactions', id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  payload = await getPayload({ config })
  server = createServer(answer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  editor = await testUser(payload, 'source-check-editor@example.org', ['editor'])
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: 'test-password-123' },
  })
  editorToken = login.token ?? ''
  const { docs } = await payload.find({
    collection: 'states',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  stateId =
    docs[0]?.id ??
    (
      await payload.create({
        collection: 'states',
        data: { iso2: 'ZZ', name: 'Source check State' },
        overrideAccess: true,
      })
    ).id
  // Other files' reactions point at the web: they are not due during this file.
  const { rows } = await postgres(payload).drizzle.execute<{ id: number }>(sql`
    UPDATE reactions SET source_checked_at = now()
    WHERE verified IS TRUE AND source_checked_at IS NULL RETURNING id`)
  stamped = rows.map((row) => row.id)
})

afterAll(async () => {
  if (created.length)
    await payload.delete({
      collection: 'reactions',
      where: { id: { in: created } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  if (stamped.length)
    await postgres(payload).drizzle.execute(sql`
      UPDATE reactions SET source_checked_at = NULL WHERE id IN (${sql.join(
        stamped.map((id) => sql`${id}`),
        sql`, `,
      )})`)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await payload.destroy()
})

describe('a round of source checks', () => {
  it('checks each verified source once, records what it found, and touches nothing public', async () => {
    const ok = await reaction('/ok')
    const missing = await reaction('/missing')
    const moved = await reaction('/moved')
    const slash = await reaction('/slash')
    const noHead = await reaction('/no-head')
    const hang = await reaction('/hang')
    const unverified = await reaction('/unverified', { verified: false })
    const sample = await reaction('/sample', { sample: true })
    revalidated.length = 0

    const outcome = await checkDueSources(payload, settings)
    expect(outcome).toEqual({ ok: 3, redirected: 1, failed: 1, unreachable: 1 })

    expect(await read(ok.id)).toMatchObject({
      sourceCheckStatus: 'ok',
      sourceCheckHttpStatus: 200,
      sourceFinalUrl: `${base}/ok`,
      sourceCheckProblem: null,
    })
    expect(await read(missing.id)).toMatchObject({
      sourceCheckStatus: 'failed',
      sourceCheckHttpStatus: 404,
      sourceCheckProblem: 'The server answered 404 Not Found.',
    })
    expect(await read(moved.id)).toMatchObject({
      sourceCheckStatus: 'redirected',
      sourceCheckHttpStatus: 200,
      sourceFinalUrl: `${base}/elsewhere`,
    })
    // A trailing slash added by the redirect is the same page.
    expect(await read(slash.id)).toMatchObject({
      sourceCheckStatus: 'ok',
      sourceFinalUrl: `${base}/slash/`,
    })
    expect(await read(noHead.id)).toMatchObject({
      sourceCheckStatus: 'ok',
      sourceCheckHttpStatus: 200,
    })
    expect(await read(hang.id)).toMatchObject({
      sourceCheckStatus: 'unreachable',
      sourceCheckHttpStatus: null,
      sourceCheckProblem: 'No answer within 0.8 s.',
    })
    const noHeadRequests = arrivals.filter((arrival) => arrival.path === '/no-head')
    expect(noHeadRequests.map((arrival) => arrival.method)).toEqual(['HEAD', 'GET'])

    // Unverified and sample reactions are not checked.
    for (const left of [unverified, sample]) {
      expect((await read(left.id)).sourceCheckedAt).toBeNull()
    }
    expect(arrivals.some((arrival) => ['/unverified', '/sample'].includes(arrival.path))).toBe(
      false,
    )

    // Every request named the site; each followed the last one to this host by the spacing.
    expect(new Set(arrivals.map((arrival) => arrival.userAgent))).toEqual(
      new Set([settings.userAgent]),
    )
    const times = arrivals.map((arrival) => arrival.at).sort((a, b) => a - b)
    const gaps = times.slice(1).map((at, index) => at - times[index])
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(settings.hostSpacingMs)

    // Recording a check is not an edit: no cache tag, no new updatedAt, the same fingerprint.
    expect(revalidated).toEqual([])
    const after = await read(ok.id)
    expect(after.updatedAt).toBe(ok.updatedAt)
    expect(after.fingerprint).toBe(ok.fingerprint)

    // Editors see the failing and redirected sources counted above the list, and each row's status.
    const panel = renderToStaticMarkup(
      await SourceProblemsPanel({
        payload,
        user: editor,
        i18n: { language: 'fr' },
      } as unknown as BeforeListServerProps),
    )
    expect(panel).toMatch(/\d+ sources de réactions vérifiées sont en échec ou mènent ailleurs/)
    expect(panel).toContain('sourceCheckStatus')
    const cell = renderToStaticMarkup(
      SourceCheckCell({
        cellData: 'failed',
        rowData: await read(missing.id),
        i18n: { language: 'en' },
      } as unknown as DefaultServerCellComponentProps),
    )
    expect(cell).toContain('Fails (404)')
    expect(cell).toContain('title="The server answered 404 Not Found."')

    // Checked sources are not due again within the day.
    const count = arrivals.length
    expect(await checkDueSources(payload, settings)).toEqual({
      ok: 0,
      redirected: 0,
      failed: 0,
      unreachable: 0,
    })
    expect(arrivals.length).toBe(count)
  })

  it('is off in the job runner’s round when SOURCE_CHECKS is off', async () => {
    await reaction('/runner')
    const round = await runnerRound()
    expect(round).toMatchObject({ ran: true, sources: null })
    expect(arrivals.some((arrival) => arrival.path === '/runner')).toBe(false)
  })
})

describe('the check fields', () => {
  it('cannot be written by an editor, nor read anonymously; a new address clears them', async () => {
    const doc = await reaction('/fields')
    await checkDueSources(payload, settings)
    const checked = await read(doc.id)
    expect(checked.sourceCheckStatus).toBe('ok')

    const patch = await rest('PATCH', `reactions/${doc.id}`, editorToken, {
      sourceCheckStatus: 'failed',
      sourceCheckHttpStatus: 500,
      sourceCheckProblem: 'Written by hand',
      sourceFinalUrl: 'https://example.org/elsewhere',
      sourceCheckedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(patch.status).toBe(200)
    expect(await read(doc.id)).toMatchObject({
      sourceCheckStatus: 'ok',
      sourceCheckHttpStatus: 200,
      sourceCheckProblem: null,
      sourceFinalUrl: `${base}/fields`,
      sourceCheckedAt: checked.sourceCheckedAt,
    })

    const staff = await rest('GET', `reactions/${doc.id}`, editorToken)
    expect(JSON.parse(staff.text)).toMatchObject({ sourceCheckStatus: 'ok' })
    const anonymous = await rest('GET', `reactions/${doc.id}`, null)
    expect(anonymous.status).toBe(200)
    expect(anonymous.text).not.toMatch(/sourceCheck|sourceFinalUrl/)

    // A verified reaction's new source is a public correction: it carries its reason.
    const moved = await rest('PATCH', `reactions/${doc.id}`, editorToken, {
      sourceUrl: `${base}/fields-new`,
      correctionReason: 'The statement moved to a new address.',
    })
    expect(moved.status).toBe(200)
    expect(await read(doc.id)).toMatchObject({
      sourceCheckStatus: null,
      sourceCheckHttpStatus: null,
      sourceCheckProblem: null,
      sourceFinalUrl: null,
      sourceCheckedAt: null,
    })
  })

  it('takes an archived copy only as a web address, and shows it to everyone', async () => {
    const doc = await reaction('/archived')
    const refused = await rest('PATCH', `reactions/${doc.id}`, editorToken, {
      archivedUrl: 'ftp://archive.example/copy',
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain(
      'The archived copy must be a web address starting with https:// or http://.',
    )
    const archived = 'https://web.archive.org/web/2026/https://example.org/statement'
    const saved = await rest('PATCH', `reactions/${doc.id}`, editorToken, {
      archivedUrl: archived,
    })
    expect(saved.status).toBe(200)
    const anonymous = await rest('GET', `reactions/${doc.id}`, null)
    expect(JSON.parse(anonymous.text)).toMatchObject({ archivedUrl: archived })
  })
})

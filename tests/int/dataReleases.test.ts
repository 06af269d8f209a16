import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as reactionsCsv } from '@/app/(frontend)/[locale]/reactions.csv/route'
import { GET as currentPackage } from '@/app/(frontend)/[locale]/datapackage.json/route'
import { GET as releaseFile } from '@/app/(frontend)/data/releases/[date]/[locale]/[file]/route'
import { localeCodes } from '@/i18n/locales'
import { postgres } from '@/lib/db/postgres'
import { makeDataRelease, makeMonthlyRelease } from '@/lib/dataReleases/make'
import { releaseFileNames } from '@/lib/dataReleases/layout'
import { dayOf } from '@/lib/reactions/partyStatus'
import { seedTrackerData } from '@/lib/seed/tracker'
import type { User } from '@/payload-types'

import { runnerRound } from '../helpers/releases'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let translator: User
const tokens = new Map<number, string>()
const today = dayOf(new Date())

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

/** A request to /api/<path> through Payload's REST route handlers, as `user` (anonymous when null). */
function api(
  method: keyof typeof handlers,
  path: string,
  user: User | null,
  body?: object,
): Promise<Response> {
  const url = new URL(`http://amicus.test/api/${path}`)
  const headers = new Headers(body ? { 'content-type': 'application/json' } : {})
  if (user) headers.set('authorization', `JWT ${tokens.get(user.id)}`)
  return handlers[method](
    new Request(url, { method, headers, body: body ? JSON.stringify(body) : undefined }),
    { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) },
  )
}

/** The stored rows, as Postgres has them: what no API may change. */
async function storedRows() {
  const { rows } = await postgres(payload).pool.query<{ date: string; row: string }>(
    'SELECT date, row_to_json(data_releases)::text AS row FROM data_releases ORDER BY date',
  )
  return rows
}

/** Releases are never deleted through the application: a test clears them as an operator would. */
const clearReleases = () => payload.db.drizzle.execute(sql`DELETE FROM data_releases`)

async function released(date: string, locale: string, file: string) {
  return releaseFile(new Request(`http://amicus.test/data/releases/${date}/${locale}/${file}`), {
    params: Promise.resolve({ date, locale, file }),
  })
}

/** The current data package: what it says of the latest release. */
const currentJson = async () => {
  const response = await currentPackage(new Request('http://amicus.test/en/datapackage.json'), {
    params: Promise.resolve({ locale: 'en' }),
  })
  return (await response.json()) as { release: { latest: string; matchesCurrent: boolean } }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  await seedTrackerData(payload)
  editor = await testUser(payload, 'data-release-editor@example.org', ['editor'])
  translator = await testUser(
    payload,
    'data-release-translator@example.org',
    ['translator'],
    ['fr'],
  )
  for (const user of [editor, translator]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  // Seeding every State takes a while on a busy machine.
}, 300_000)

afterAll(async () => {
  await clearReleases()
  await payload.destroy()
})

describe('an editor making a data release', () => {
  it('makes today’s once, with every language’s files; a second the same day is a 409 that writes nothing', async () => {
    await clearReleases()
    expect((await api('POST', 'data-releases/make', null)).status).toBe(401)
    expect((await api('POST', 'data-releases/make', translator)).status).toBe(403)
    expect(await storedRows()).toEqual([])

    const made = await api('POST', 'data-releases/make', editor)
    expect(made.status).toBe(201)
    expect(await made.json()).toMatchObject({
      date: today,
      url: expect.stringMatching(new RegExp(`/data/releases/${today}/en/datapackage\\.json$`)),
    })
    const before = await storedRows()
    expect(before.map((row) => row.date)).toEqual([today])
    const doc = JSON.parse(before[0].row) as { made_by: string; editor_id: number; files: object }
    expect(doc).toMatchObject({ made_by: 'editor', editor_id: editor.id })
    for (const locale of localeCodes)
      expect(Object.keys((doc.files as Record<string, object>)[locale]).sort()).toEqual(
        [...releaseFileNames].sort(),
      )

    const again = await api('POST', 'data-releases/make', editor)
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({
      errors: [
        {
          message: `There is already a data release for ${today}: releases are made once a day at most. It stays as it was.`,
        },
      ],
    })
    expect(await storedRows()).toEqual(before)
  })
})

describe('a data release never changes', () => {
  beforeAll(async () => {
    await clearReleases()
    await makeDataRelease(payload, { madeBy: 'schedule' })
  })

  it('serves each file for a year, immutable, and a 404 for a date or file that is not one', async () => {
    const response = await released(today, 'ar', 'datapackage.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const descriptor = (await response.json()) as {
      release: { date: string; url: string }
      resources: { path: string }[]
    }
    expect(descriptor.release).toMatchObject({ date: today, schemaVersion: '1.0.0' })
    expect(descriptor.release.url).toMatch(`/data/releases/${today}/ar/datapackage.json`)
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      'reactions.csv',
      'signatories.csv',
    ])
    expect((await released('2001-01-01', 'en', 'reactions.csv')).status).toBe(404)
    expect((await released(today, 'de', 'reactions.csv')).status).toBe(404)
    expect((await released(today, 'en', 'secrets.csv')).status).toBe(404)
    expect((await released('yesterday', 'en', 'reactions.csv')).status).toBe(404)
  })

  it('refuses every update and delete, through the Local API with or without access checks and through REST', async () => {
    const before = await storedRows()
    const { docs } = await payload.find({
      collection: 'data-releases',
      where: { date: { equals: today } },
      depth: 0,
      overrideAccess: true,
      select: { date: true },
    })
    const id = docs[0].id
    const change = { schemaVersion: '9.9.9', files: {} }
    await expect(
      payload.update({
        collection: 'data-releases',
        id,
        data: change,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'data-releases', id, data: change, overrideAccess: true }),
    ).rejects.toThrow(/never changes once made/)
    await expect(
      payload.delete({ collection: 'data-releases', id, overrideAccess: true }),
    ).rejects.toThrow(/never changes once made/)
    expect((await api('PATCH', `data-releases/${id}`, editor, change)).status).toBe(403)
    expect((await api('DELETE', `data-releases/${id}`, editor)).status).toBe(403)
    const forged = {
      date: '2030-01-01',
      schemaVersion: '1.0.0',
      contentHash: 'x',
      madeBy: 'editor',
      hashes: {},
      files: {},
    }
    expect((await api('POST', 'data-releases', editor, forged)).status).toBe(403)
    expect((await api('GET', 'data-releases', null)).status).toBe(403)
    expect(await storedRows()).toEqual(before)
  })

  it('keeps its bytes when a reaction changes, while the current files say they no longer match it', async () => {
    const csvBefore = new Uint8Array(
      await (await released(today, 'en', 'reactions.csv')).arrayBuffer(),
    )
    const jsonBefore = await (await released(today, 'en', 'reactions.json')).text()
    expect((await currentJson()).release).toMatchObject({ latest: today, matchesCurrent: true })

    const state = await payload.find({
      collection: 'states',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const reaction = await payload.create({
      collection: 'reactions',
      data: {
        actors: [{ relationTo: 'states', value: state.docs[0].id }],
        date: '2025-02-03',
        stance: 'supports',
        summary: 'A reaction recorded after the release',
        sourceUrl: 'https://example.org/after-the-release',
        sourceTitle: 'After the release',
        verified: true,
      },
      context: { disableRevalidate: true },
    })
    try {
      const csvAfter = new Uint8Array(
        await (await released(today, 'en', 'reactions.csv')).arrayBuffer(),
      )
      expect(Buffer.from(csvAfter).equals(Buffer.from(csvBefore))).toBe(true)
      expect(Buffer.from(csvAfter).toString('utf8')).not.toContain('after-the-release')
      expect(await (await released(today, 'en', 'reactions.json')).text()).toBe(jsonBefore)

      expect((await currentJson()).release).toMatchObject({ latest: today, matchesCurrent: false })
      const csv = await reactionsCsv(new Request('http://amicus.test/en/reactions.csv'), {
        params: Promise.resolve({ locale: 'en' }),
      })
      expect(await csv.text()).toContain('after-the-release')
      expect(csv.headers.get('data-release-matches')).toBe('no')
      expect(csv.headers.get('link')).toMatch(
        new RegExp(`^<http[^>]+/data/releases/${today}/en/reactions\\.csv>; rel="latest-version"$`),
      )
    } finally {
      await payload.delete({
        collection: 'reactions',
        id: reaction.id,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
    expect((await currentJson()).release.matchesCurrent).toBe(true)
  })
})

describe('the monthly release', () => {
  it('is made by the first round of a month without one, once, whichever instance runs it', async () => {
    await clearReleases()
    const first = await runnerRound()
    expect(first).toMatchObject({ ran: true, dataRelease: { made: true, date: today } })
    expect(await runnerRound()).toMatchObject({ ran: true, dataRelease: null })
    expect((await storedRows()).map((row) => row.date)).toEqual([today])

    // Later months: two instances at once make one release; later days of the month none.
    const april = await Promise.all([
      makeMonthlyRelease(payload, new Date('2031-04-01T00:00:05Z')),
      makeMonthlyRelease(payload, new Date('2031-04-01T00:00:07Z')),
    ])
    expect(april.filter((outcome) => outcome?.made)).toHaveLength(1)
    expect(await makeMonthlyRelease(payload, new Date('2031-04-30T23:59:00Z'))).toBeNull()
    // A month whose release an editor made already gets no second one.
    expect(
      await makeDataRelease(
        payload,
        { madeBy: 'editor', user: editor.id },
        new Date('2031-05-10T09:00:00Z'),
      ),
    ).toMatchObject({ made: true })
    expect(await makeMonthlyRelease(payload, new Date('2031-05-20T00:00:00Z'))).toBeNull()
    expect(await makeMonthlyRelease(payload, new Date('2031-06-02T00:00:00Z'))).toMatchObject({
      made: true,
      date: '2031-06-02',
    })
    expect((await storedRows()).map((row) => row.date)).toEqual([
      today,
      '2031-04-01',
      '2031-05-10',
      '2031-06-02',
    ])
  })
})

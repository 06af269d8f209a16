import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as reactionsCsv } from '@/app/(frontend)/[locale]/reactions.csv/route'
import { localeCodes } from '@/i18n/locales'
import { statementsPublishedIn } from '@/lib/data/feed'
import { trackerData } from '@/lib/data/reactions'
import { getStatement } from '@/lib/data/statementDetail'
import { availableVersions, listStatements, listStatementVersions } from '@/lib/data/statements'
import { upcomingReleases } from '@/lib/releases/calendar'
import { publishDueReleases } from '@/lib/releases/publish'
import { searchStatements } from '@/lib/search/searchStatements'
import type { Release, User } from '@/payload-types'
import config from '@payload-config'

import { invalidatedSince, logEnd } from '../helpers/invalidationLog'
import {
  acceptTranslationOf,
  anonymousGraphql,
  anonymousRest,
  draftStatement,
  runnerRound,
  scheduleRelease,
} from '../helpers/releases'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let organization: number
// In the order they are deleted: a release refers to statements and reactions.
const created = { releases: [] as number[], statements: [] as number[], reactions: [] as number[] }
const fourLanguages = ['en', 'fr', 'es', 'ar'] as const
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function statementIn(marker: string, languages: readonly ('fr' | 'es' | 'ar')[]) {
  const statement = await draftStatement(payload, editor, marker)
  created.statements.push(statement.id)
  for (const locale of languages)
    await acceptTranslationOf(payload, editor, statement.id, locale, marker)
  return statement.id
}

async function unverifiedReaction(marker: string, statement: number) {
  const reaction = await payload.create({
    collection: 'reactions',
    data: {
      actors: [{ relationTo: 'organizations', value: organization }],
      date: '2026-12-01',
      stance: 'supports',
      summary: `${marker} reaction summary`,
      sourceUrl: `https://example.org/${marker.toLowerCase()}`,
      sourceTitle: `${marker} reaction source`,
      relatedStatements: [statement],
    },
    overrideAccess: true,
  })
  created.reactions.push(reaction.id)
  return reaction.id
}

async function schedule(data: Parameters<typeof scheduleRelease>[2]) {
  const release = await scheduleRelease(payload, editor, data)
  created.releases.push(release.id)
  return release
}

const releaseNow = (id: number) =>
  payload.findByID({ collection: 'releases', id, overrideAccess: true }) as Promise<Release>

/** Every public way in where `marker` (or the statement, or the reaction) shows; empty when none. */
async function publicTraces(marker: string, statement: number, reaction: number) {
  const traces: string[] = []
  const check = (place: string, text: string) => {
    if (text.includes(marker)) traces.push(place)
  }
  for (const query of [
    `statements/${statement}?locale=all&draft=true`,
    `statements?locale=all&draft=true&limit=100`,
    `statements?locale=all&limit=100`,
    `reactions/${reaction}?locale=all`,
    `reactions?locale=all&limit=100`,
    'releases',
  ])
    check(`REST ${query}`, (await anonymousRest(query)).body)
  check(
    'GraphQL',
    await anonymousGraphql(
      `{ Statements(draft: true, locale: all, limit: 100) { docs { title } } Reactions(locale: all, limit: 100) { docs { sourceTitle } } }`,
    ),
  )
  check('GraphQL releases', await anonymousGraphql('{ Releases { docs { title } } }'))
  for (const locale of localeCodes) {
    const list = await listStatements(locale, { page: 1 }, 100)
    if (list.items.some((item) => item.id === statement)) traces.push(`index ${locale}`)
    if ((await searchStatements(locale, marker)).length > 0) traces.push(`search ${locale}`)
    const feed = await statementsPublishedIn(locale, 100)
    if (feed.some((item) => item.id === statement)) traces.push(`feed ${locale}`)
    if (await getStatement(locale, statement)) traces.push(`page ${locale}`)
    const tracker = await trackerData(locale)
    if (tracker.reactions.some((item) => item.id === reaction)) traces.push(`tracker ${locale}`)
  }
  if (Object.keys(await availableVersions(statement)).length > 0) traces.push('versions')
  const sitemap = await listStatementVersions()
  check('sitemap', JSON.stringify(sitemap))
  const csv = await reactionsCsv(new Request('http://amicus.test/en/reactions.csv'), {
    params: Promise.resolve({ locale: 'en' }),
  })
  check('reactions export', await csv.text())
  return traces
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'release-editor@amicus.test', ['editor'])
  organization = (
    await payload.create({
      collection: 'organizations',
      data: { name: 'Release test organization', code: 'release-test', kind: 'other' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  for (const [collection, ids] of Object.entries(created) as [keyof typeof created, number[]][])
    if (ids.length > 0)
      await payload.delete({
        collection,
        where: { id: { in: ids } },
        overrideAccess: true,
      })
  await payload.delete({ collection: 'organizations', id: organization, overrideAccess: true })
  await payload.destroy()
})

describe('scheduling a release', () => {
  it('refuses a language without an accepted translation, naming it, and stores nothing', async () => {
    const statement = await statementIn('Plover', ['fr', 'es'])
    const refusal = await schedule({
      title: 'Plover release',
      moment: new Date(Date.now() + 3_600_000),
      statements: [{ statement, languages: [...fourLanguages] }],
    }).then(
      () => null,
      (error: { status?: number; data?: { errors?: { message: string }[] } }) => error,
    )
    expect(refusal?.status).toBe(400)
    const message = refusal?.data?.errors?.map((error) => error.message).join(' ')
    expect(message).toMatch(/“Plover English title”: Arabic has no accepted translation\./)
    expect(message).not.toMatch(/French|Spanish/)
    const { totalDocs } = await payload.count({
      collection: 'releases',
      where: { title: { equals: 'Plover release' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

describe('a release at its moment', () => {
  it('shows nothing before, then publishes four languages and a reaction in one round', async () => {
    const statement = await statementIn('Kestrel', ['fr', 'es', 'ar'])
    const reaction = await unverifiedReaction('Kestrel', statement)
    const moment = new Date(Date.now() + 6_000)
    const release = await schedule({
      title: 'Kestrel release',
      moment,
      statements: [{ statement, languages: [...fourLanguages] }],
      reactions: [reaction],
    })
    expect(release.status).toBe('scheduled')

    expect(await publicTraces('Kestrel', statement, reaction)).toEqual([])
    expect((await anonymousRest(`statements/${statement}?draft=true`)).status).toBe(404)
    expect((await anonymousRest('releases')).status).toBe(403)
    expect(await runnerRound()).toMatchObject({ ran: true, releases: { published: 0, failed: 0 } })
    expect(await publicTraces('Kestrel', statement, reaction)).toEqual([])

    await sleep(Math.max(0, moment.getTime() - Date.now()))
    const end = await logEnd(payload)
    const roundStarted = Date.now()
    expect(await runnerRound()).toMatchObject({ releases: { published: 1, failed: 0 } })
    const roundSeconds = (Date.now() - roundStarted) / 1000
    let readable: string[] = []
    while (Date.now() - moment.getTime() < 60_000) {
      const versions = await availableVersions(statement)
      const pages = await Promise.all(
        fourLanguages.map((locale) => getStatement(locale, statement)),
      )
      readable = fourLanguages.filter(
        (locale, index) => versions[locale] && pages[index]?.title.startsWith('Kestrel'),
      )
      if (readable.length === fourLanguages.length) break
      await sleep(100)
    }
    const seconds = (Date.now() - moment.getTime()) / 1000
    console.log(
      `Release: runner round started ${(roundStarted - moment.getTime()) / 1000} s after the moment and took ${roundSeconds} s; all four languages readable through lib/data ${seconds} s after the moment`,
    )
    expect(readable).toEqual([...fourLanguages])
    const titles = await Promise.all(fourLanguages.map((locale) => getStatement(locale, statement)))
    expect(titles.map((page) => page?.title)).toEqual([
      'Kestrel English title',
      'Kestrel fr title',
      'Kestrel es title',
      'Kestrel ar title',
    ])
    expect((await trackerData('en')).reactions.some((item) => item.id === reaction)).toBe(true)
    const after = await releaseNow(release.id)
    expect(after.status).toBe('published')
    expect(after.publishedAt).toBeTruthy()
    expect(await invalidatedSince(payload, end)).toEqual(
      expect.arrayContaining([
        `statement:${statement}`,
        'statements:lists',
        'statements:slugs',
        'reactions',
      ]),
    )
  }, 90_000)
})

describe('holds', () => {
  it('keep an accepted translation, a direct publish and a verification for the release', async () => {
    const statement = await statementIn('Heron', ['fr'])
    await payload.update({
      collection: 'statements',
      id: statement,
      locale: 'en',
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    const reaction = await unverifiedReaction('Heron', statement)
    const release = await schedule({
      title: 'Heron release',
      moment: new Date(Date.now() + 3_600_000),
      statements: [{ statement, languages: ['en', 'fr'] }],
      reactions: [reaction],
    })
    const frenchTitle = async () => (await getStatement('fr', statement))?.title
    expect(await frenchTitle()).toBe('Heron fr title')

    const later = await acceptTranslationOf(payload, editor, statement, 'fr', 'Heron second')
    expect(later.status).toBe('accepted')
    expect(await frenchTitle()).toBe('Heron fr title')

    await expect(
      payload.update({
        collection: 'statements',
        id: statement,
        locale: 'en',
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    await expect(
      payload.update({
        collection: 'reactions',
        id: reaction,
        data: { verified: true },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    await expect(
      payload.delete({
        collection: 'statements',
        id: statement,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    const listed = (await upcomingReleases(payload)).find((item) => item.id === release.id)
    expect(listed?.items).toEqual([
      { statement, title: 'Heron English title', languages: ['en', 'fr'], drift: null },
    ])
    expect(listed?.reactions).toBe(1)

    // Taken out of the release, French is as it would have been: its latest translation is live.
    await payload.update({
      collection: 'releases',
      id: release.id,
      data: { statements: [{ statement, languages: ['en'] }] },
      user: editor,
      overrideAccess: false,
    })
    expect(await frenchTitle()).toBe('Heron second fr title')
  })
})

describe('a release that fails', () => {
  it('after an edit of the approved English publishes nothing, shows why and emails the editors', async () => {
    const statement = await statementIn('Osprey', ['fr'])
    const release = await schedule({
      title: 'Osprey release',
      moment: new Date(Date.now() - 1000),
      statements: [{ statement, languages: ['en', 'fr'] }],
    })
    await payload.update({
      collection: 'statements',
      id: statement,
      locale: 'en',
      draft: true,
      data: { title: 'Osprey English title, edited' },
      user: editor,
      overrideAccess: false,
    })
    const sendEmail = vi.spyOn(payload, 'sendEmail')
    const calendar = await upcomingReleases(payload)
    expect(calendar.find((item) => item.id === release.id)?.items[0].drift).toEqual({
      kind: 'edited',
    })

    expect(await publishDueReleases(payload)).toEqual({ published: 0, failed: 1 })

    const after = await releaseNow(release.id)
    expect(after.status).toBe('failed')
    expect(
      (
        await payload.findVersions({
          collection: 'statements',
          where: { parent: { equals: statement } },
          sort: '-updatedAt',
          limit: 1,
          locale: 'en',
        })
      ).docs[0].version.title,
    ).toBe('Osprey English title, edited')
    expect(after.failureReason).toBe(
      '“Osprey English title” was edited after approval: approve the release again.',
    )
    expect(await publicTraces('Osprey', statement, 0)).toEqual([])
    expect(sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({
        to: expect.arrayContaining([editor.email]),
        subject: 'Release not published: Osprey release',
        text: expect.stringContaining('edited after approval'),
      }),
    )
    sendEmail.mockRestore()
  })

  it('in the middle of its writes publishes nothing at all', async () => {
    const statement = await statementIn('Bittern', ['fr', 'es', 'ar'])
    const reaction = await unverifiedReaction('Bittern', statement)
    const release = await schedule({
      title: 'Bittern release',
      moment: new Date(Date.now() - 1000),
      statements: [{ statement, languages: [...fourLanguages] }],
      reactions: [reaction],
    })
    // The last write, verifying the reaction, fails: everything before it is rolled back.
    const update = payload.update.bind(payload)
    const failing = vi.spyOn(payload, 'update').mockImplementation(((args: {
      collection: string
    }) => {
      if (args.collection === 'reactions') throw new Error('The reaction could not be written.')
      return update(args as never)
    }) as typeof payload.update)
    const sendEmail = vi.spyOn(payload, 'sendEmail')

    expect(await publishDueReleases(payload)).toEqual({ published: 0, failed: 1 })
    failing.mockRestore()

    expect(await publicTraces('Bittern', statement, reaction)).toEqual([])
    const published = await payload.findByID({
      collection: 'statements',
      id: statement,
      draft: false,
      overrideAccess: true,
    })
    expect(published._status).toBe('draft')
    const after = await releaseNow(release.id)
    expect(after.status).toBe('failed')
    expect(after.failureReason).toBe('The reaction could not be written.')
    expect(sendEmail).toHaveBeenCalledTimes(1)
    sendEmail.mockRestore()
  })
})

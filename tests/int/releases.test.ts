import { type BeforeListServerProps, getPayload, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ReleaseCalendar } from '@/components/admin/ReleaseCalendar'
import { trackerData } from '@/lib/data/reactions'
import { getStatement } from '@/lib/data/statementDetail'
import { availableVersions } from '@/lib/data/statements'
import { upcomingReleases } from '@/lib/releases/calendar'
import config from '@payload-config'

import { invalidatedSince, logEnd } from '../helpers/invalidationLog'
import { releaseFixtures } from '../helpers/releaseFixtures'
import { acceptTranslationOf, anonymousRest, runnerRound } from '../helpers/releases'
import { publicTraces } from '../helpers/releaseVisibility'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let fixtures: Awaited<ReturnType<typeof releaseFixtures>>
const fourLanguages = ['en', 'fr', 'es', 'ar'] as const
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  payload = await getPayload({ config })
  fixtures = await releaseFixtures(payload, 'releases')
})

afterAll(async () => {
  await fixtures.cleanUp()
  await payload.destroy()
})

describe('scheduling a release', () => {
  it('refuses a language without an accepted translation, naming it, and stores nothing', async () => {
    const statement = await fixtures.statementIn('Plover', ['fr', 'es'])
    const refusal = await fixtures
      .schedule({
        title: 'Plover release',
        moment: new Date(Date.now() + 3_600_000),
        statements: [{ statement, languages: [...fourLanguages] }],
      })
      .then(
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
    const statement = await fixtures.statementIn('Kestrel', ['fr', 'es', 'ar'])
    const reaction = await fixtures.unverifiedReaction('Kestrel', statement)
    const moment = new Date(Date.now() + 6_000)
    const release = await fixtures.schedule({
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
    const after = await fixtures.releaseNow(release.id)
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
    const statement = await fixtures.statementIn('Heron', ['fr'])
    await payload.update({
      collection: 'statements',
      id: statement,
      locale: 'en',
      data: { _status: 'published' },
      user: fixtures.editor,
      overrideAccess: false,
    })
    const reaction = await fixtures.unverifiedReaction('Heron', statement)
    const release = await fixtures.schedule({
      title: 'Heron release',
      moment: new Date(Date.now() + 3_600_000),
      statements: [{ statement, languages: ['en', 'fr'] }],
      reactions: [reaction],
    })
    const frenchTitle = async () => (await getStatement('fr', statement))?.title
    expect(await frenchTitle()).toBe('Heron fr title')

    const later = await acceptTranslationOf(
      payload,
      fixtures.editor,
      statement,
      'fr',
      'Heron second',
    )
    expect(later.status).toBe('accepted')
    expect(await frenchTitle()).toBe('Heron fr title')

    await expect(
      payload.update({
        collection: 'statements',
        id: statement,
        locale: 'en',
        data: { _status: 'published' },
        user: fixtures.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    await expect(
      payload.update({
        collection: 'reactions',
        id: reaction,
        data: { verified: true },
        user: fixtures.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    await expect(
      payload.delete({
        collection: 'statements',
        id: statement,
        user: fixtures.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/goes live with the release “Heron release”/)
    const listed = (await upcomingReleases(payload)).find((item) => item.id === release.id)
    expect(listed?.items).toEqual([
      { statement, title: 'Heron English title', languages: ['en', 'fr'], drift: null },
    ])
    expect(listed?.reactions).toBe(1)
    const calendar = renderToStaticMarkup(
      await ReleaseCalendar({
        payload,
        user: { ...fixtures.editor, timeZone: 'Asia/Tokyo' },
        i18n: { language: 'fr' },
      } as unknown as BeforeListServerProps),
    )
    expect(calendar).toContain('Publications groupées à venir')
    expect(calendar).toContain('Asia/Tokyo')
    expect(calendar).toContain(`href="/admin/collections/releases/${release.id}">Heron release</a>`)
    expect(calendar).toContain('Heron English title</a> (English, Français)')

    // Taken out of the release, French is as it would have been: its latest translation is live.
    await payload.update({
      collection: 'releases',
      id: release.id,
      data: { statements: [{ statement, languages: ['en'] }] },
      user: fixtures.editor,
      overrideAccess: false,
    })
    expect(await frenchTitle()).toBe('Heron second fr title')
  })
})

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { upcomingReleases } from '@/lib/releases/calendar'
import { publishDueReleases } from '@/lib/releases/publish'
import config from '@payload-config'

import { releaseFixtures } from '../helpers/releaseFixtures'
import { publicTraces } from '../helpers/releaseVisibility'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let fixtures: Awaited<ReturnType<typeof releaseFixtures>>
const fourLanguages = ['en', 'fr', 'es', 'ar'] as const

beforeAll(async () => {
  payload = await getPayload({ config })
  fixtures = await releaseFixtures(payload, 'release-failures')
})

afterAll(async () => {
  await fixtures.cleanUp()
  await payload.destroy()
})

describe('a release that fails', () => {
  it('after an edit of the approved English publishes nothing, shows why and emails the editors', async () => {
    const statement = await fixtures.statementIn('Osprey', ['fr'])
    const release = await fixtures.schedule({
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
      user: fixtures.editor,
      overrideAccess: false,
    })
    const sendEmail = vi.spyOn(payload, 'sendEmail')
    const calendar = await upcomingReleases(payload)
    expect(calendar.find((item) => item.id === release.id)?.items[0].drift).toEqual({
      kind: 'edited',
    })

    expect(await publishDueReleases(payload)).toEqual({ published: 0, failed: 1 })

    const after = await fixtures.releaseNow(release.id)
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
        to: expect.arrayContaining([fixtures.editor.email]),
        subject: 'Release not published: Osprey release',
        text: expect.stringContaining('edited after approval'),
      }),
    )
    sendEmail.mockRestore()
  })

  it('in the middle of its writes publishes nothing at all', async () => {
    const statement = await fixtures.statementIn('Bittern', ['fr', 'es', 'ar'])
    const reaction = await fixtures.unverifiedReaction('Bittern', statement)
    const release = await fixtures.schedule({
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
    const after = await fixtures.releaseNow(release.id)
    expect(after.status).toBe('failed')
    expect(after.failureReason).toBe('The reaction could not be written.')
    expect(sendEmail).toHaveBeenCalledTimes(1)
    sendEmail.mockRestore()
  })
})

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoStatements } from '@/lib/seed/demoStatements'
import { ensureAdmin, seedDemoContent } from '@/lib/seed'
import type { User } from '@/payload-types'

let payload: Payload
let editor: User
const created: number[] = []
// Tests run outside Next.js, where there is no cache to revalidate.
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = (await ensureAdmin(payload, { email: 'seeding-editor@example.org' })).user
})

afterAll(async () => {
  const demoSlugs = demoStatements.map((statement) => statement.versions.en.slug)
  await payload.delete({
    collection: 'statements',
    locale: 'en',
    where: { or: [{ id: { in: created } }, { slug: { in: demoSlugs } }] },
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

describe('statements', () => {
  it('shows anonymous readers published statements only', async () => {
    const published = await payload.create({
      collection: 'statements',
      data: {
        title: 'Published one',
        slug: 'published-one',
        publishedAt: '2024-01-01',
        kind: 'statement',
        _status: 'published',
      },
      context,
    })
    created.push(published.id)
    const draft = await payload.create({
      collection: 'statements',
      data: {
        title: 'Draft one',
        slug: 'draft-one',
        publishedAt: '2024-01-02',
        kind: 'statement',
        _status: 'draft',
      },
      draft: true,
      context,
    })

    created.push(draft.id)
    const visible = await payload.find({
      collection: 'statements',
      overrideAccess: false,
      draft: false,
      limit: 100,
    })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(
      payload.findByID({ collection: 'statements', id: draft.id, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('falls back to the English text in a locale that has no translation', async () => {
    const doc = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        title: 'Only in English',
        slug: 'only-in-english',
        publishedAt: '2024-02-01',
        kind: 'statement',
        _status: 'published',
      },
      context,
    })
    created.push(doc.id)
    const inArabic = await payload.findByID({ collection: 'statements', id: doc.id, locale: 'ar' })
    expect(inArabic.title).toBe('Only in English')
  })

  it('seeds the demo statements once, with their translations', async () => {
    expect(await seedDemoContent(payload, editor)).toBe(demoStatements.length)
    expect(await seedDemoContent(payload, editor)).toBe(0)

    const reference = demoStatements[0]
    const { docs } = await payload.find({
      collection: 'statements',
      locale: 'fr',
      where: { slug: { equals: reference.versions.fr?.slug } },
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toBe(reference.versions.fr?.title)
  })
})

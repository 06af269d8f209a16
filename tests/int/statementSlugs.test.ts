import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { findStatementAddress } from '@/lib/data/statements'

// Record what the hooks revalidate; unstable_cache runs the function straight through.
import { revalidated } from '../helpers/fakeNextCache'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
const ids: number[] = []

async function createStatement(title: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: { title, kind: 'statement', publishedAt: '2024-04-01', _status: 'published', ...extra },
  })
  ids.push(doc.id)
  return doc
}

beforeAll(async () => {
  payload = await getPayload({ config })
})

beforeEach(() => {
  revalidated.length = 0
})

afterAll(async () => {
  const { errors } = await payload.delete({
    collection: 'statements',
    where: { id: { in: ids } },
    overrideAccess: true,
  })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('statement slugs', () => {
  it('are made from the title in each locale, Arabic included', async () => {
    const doc = await createStatement('States must act: now!')
    expect(doc.slug).toBe('states-must-act-now')
    const arabic = await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'ar',
      data: { title: 'على الدول أن تتحرّك الآن', _status: 'published' },
    })
    expect(arabic.slug).toBe('على-الدول-أن-تتحرك-الآن')
  })

  it('are unique within a locale but may repeat across locales', async () => {
    const first = await createStatement('Unique slug test', { slug: 'shared-slug' })
    await expect(createStatement('Another one', { slug: 'shared-slug' })).rejects.toThrow()
    const second = await createStatement('Second statement')
    const french = await payload.update({
      collection: 'statements',
      id: second.id,
      locale: 'fr',
      data: { title: 'Deuxième', slug: 'shared-slug', _status: 'published' },
    })
    expect(french.slug).toBe('shared-slug')
    expect(first.slug).toBe('shared-slug')
  })

  it('keep old addresses working after a rename, without chains or loops', async () => {
    const doc = await createStatement('Original name')
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'en',
      data: { slug: 'second-name', _status: 'published' },
    })
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'en',
      data: { slug: 'third-name', _status: 'published' },
    })

    // Both old slugs lead straight to the statement's current slug.
    expect(await findStatementAddress('en', 'original-name')).toEqual({
      id: doc.id,
      slug: 'third-name',
    })
    expect(await findStatementAddress('en', 'second-name')).toEqual({
      id: doc.id,
      slug: 'third-name',
    })
    expect(await findStatementAddress('en', 'third-name')).toEqual({
      id: doc.id,
      slug: 'third-name',
    })

    // Taking an old slug back removes its redirect: the address is the statement's own again.
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'en',
      data: { slug: 'original-name', _status: 'published' },
    })
    expect(await findStatementAddress('en', 'original-name')).toEqual({
      id: doc.id,
      slug: 'original-name',
    })
    expect(await findStatementAddress('en', 'third-name')).toEqual({
      id: doc.id,
      slug: 'original-name',
    })
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { statement: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(docs.map((redirect) => redirect.from).sort()).toEqual(['second-name', 'third-name'])
  })

  it('count a rename made in an autosaved draft once it is published', async () => {
    const doc = await createStatement('Drafted rename')
    // What the admin does: autosaves the draft as the editor types, then publishes it.
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'en',
      draft: true,
      autosave: true,
      data: { slug: 'drafted-rename-2', _status: 'draft' },
    })
    expect(await findStatementAddress('en', 'drafted-rename')).toEqual({
      id: doc.id,
      slug: 'drafted-rename',
    })
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'en',
      data: { _status: 'published' },
    })
    expect(await findStatementAddress('en', 'drafted-rename')).toEqual({
      id: doc.id,
      slug: 'drafted-rename-2',
    })
  })

  it('resolve a slug from another language to the statement, at its address in the reader’s language', async () => {
    const doc = await createStatement('Cross language')
    expect(await findStatementAddress('es', 'cross-language')).toEqual({
      id: doc.id,
      slug: 'cross-language',
    })
    expect(await findStatementAddress('es', 'no-such-statement')).toBeNull()
  })
})

describe('revalidation', () => {
  it('publishing a statement expires its page, the lists and the slug map', async () => {
    const doc = await createStatement('Fresh statement')
    expect(revalidated).toEqual(
      expect.arrayContaining([`statement:${doc.id}`, 'statements:lists', 'statements:slugs']),
    )
  })

  it('saving a draft of a never-published statement touches no public cache', async () => {
    const doc = await payload.create({
      collection: 'statements',
      data: {
        title: 'Quiet draft',
        kind: 'statement',
        publishedAt: '2024-04-01',
        _status: 'draft',
      },
      draft: true,
    })
    ids.push(doc.id)
    expect(revalidated).toEqual([])
  })

  it('deleting a statement expires its page and the lists', async () => {
    const doc = await createStatement('Short-lived')
    revalidated.length = 0
    await payload.delete({ collection: 'statements', id: doc.id, overrideAccess: true })
    expect(revalidated).toEqual(expect.arrayContaining([`statement:${doc.id}`, 'statements:lists']))
  })

  it('seeding revalidates nothing', async () => {
    const doc = await payload.create({
      collection: 'statements',
      data: { title: 'Seeded', kind: 'statement', publishedAt: '2024-04-01', _status: 'published' },
      context: { disableRevalidate: true },
    })
    ids.push(doc.id)
    expect(revalidated).toEqual([])
  })
})

import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { listStatements, listStatementYears } from '@/lib/data/statements'
import type { StatementKind } from '@/lib/statementKinds'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * The statements index takes a page by position in the published order (no OFFSET, no count
 * per page): it must list what Payload's own paging lists, with the reader's access, for every
 * filter. Other files write statements at the same time, so everything here is under a topic
 * of this file's own.
 */

let payload: Payload
let topic: number
const ids: number[] = []
const perPage = 4

async function statement(title: string, kind: StatementKind, publishedAt: string, draft = false) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    draft,
    data: { title, kind, publishedAt, topics: [topic], _status: draft ? 'draft' : 'published' },
    overrideAccess: true,
  })
  ids.push(doc.id)
  return doc.id
}

/** What Payload's paging gives an anonymous reader for the same question. */
async function payloadPage(where: Where, page: number) {
  const result = await payload.find({
    collection: 'statements',
    where: { and: [{ topics: { in: [topic] } }, where] },
    sort: '-publishedAt',
    limit: perPage,
    page,
    overrideAccess: false,
    depth: 0,
  })
  return { ids: result.docs.map((doc) => doc.id), totalDocs: result.totalDocs }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const created = await payload.create({
    collection: 'topics',
    locale: 'en',
    data: { name: `Index order ${Date.now().toString(36)}` },
    overrideAccess: true,
  })
  topic = created.id
  // Eleven published statements over two years and two kinds, one a minute apart, and a draft.
  for (let n = 0; n < 11; n++) {
    const year = n < 6 ? 1995 : 1996
    const kind = n % 3 === 0 ? 'open-letter' : 'statement'
    await statement(`Index order ${n}`, kind, `${year}-03-01T10:${String(n).padStart(2, '0')}:00Z`)
  }
  await statement('Index order draft', 'statement', '1996-05-01T00:00:00Z', true)
}, 120_000)

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: ids } },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'topics', id: topic, overrideAccess: true })
  await payload.destroy()
})

describe('the statements index by position', () => {
  it('lists each page as Payload’s paging does, newest first, without drafts', async () => {
    for (const page of [1, 2, 3]) {
      const list = await listStatements('en', { topic, page }, perPage)
      const expected = await payloadPage({}, page)
      expect(
        list.items.map((item) => item.id),
        `page ${page}`,
      ).toEqual(expected.ids)
      expect(list).toMatchObject({ page, totalDocs: 11, totalPages: 3 })
    }
    expect((await listStatements('en', { topic, page: 4 }, perPage)).items).toEqual([])
    const titles = (await listStatements('en', { topic, page: 1 }, perPage)).items.map(
      (item) => item.title,
    )
    expect(titles).toEqual(['Index order 10', 'Index order 9', 'Index order 8', 'Index order 7'])
  })

  it('filters by kind and by year, alone and together', async () => {
    const cases: { filters: { kind?: StatementKind; year?: number }; where: Where }[] = [
      { filters: { kind: 'open-letter' }, where: { kind: { equals: 'open-letter' } } },
      {
        filters: { year: 1995 },
        where: { publishedAt: { less_than: '1996-01-01T00:00:00.000Z' } },
      },
      {
        filters: { kind: 'statement', year: 1996 },
        where: {
          kind: { equals: 'statement' },
          publishedAt: { greater_than_equal: '1996-01-01T00:00:00.000Z' },
        },
      },
    ]
    for (const { filters, where } of cases) {
      const list = await listStatements('en', { topic, page: 1, ...filters }, perPage)
      const expected = await payloadPage(where, 1)
      expect(
        list.items.map((item) => item.id),
        JSON.stringify(filters),
      ).toEqual(expected.ids)
      expect(list.totalDocs, JSON.stringify(filters)).toBe(expected.totalDocs)
    }
  })

  it('offers the years that have published statements', async () => {
    expect(await listStatementYears()).toEqual(expect.arrayContaining([1996, 1995]))
  })
})

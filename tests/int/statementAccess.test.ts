import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Statement } from '@/payload-types'

let payload: Payload
let published: Statement
let draft: Statement
let editedAfterPublishing: Statement
const context = { disableRevalidate: true }

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

/** A REST GET as an anonymous visitor, through the same route handler Next serves. */
async function rest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const response = await restGet(new Request(url), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: JSON.stringify(await response.json()) }
}

async function graphql(query: string) {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return JSON.stringify(await response.json())
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const base = { kind: 'statement' as const, publishedAt: '2024-03-01' }
  published = await payload.create({
    collection: 'statements',
    data: {
      ...base,
      title: 'Public access statement',
      slug: 'public-access-statement',
      _status: 'published',
    },
    context,
  })
  draft = await payload.create({
    collection: 'statements',
    data: {
      ...base,
      title: 'Secret draft statement',
      slug: 'secret-draft-statement',
      _status: 'draft',
    },
    draft: true,
    context,
  })
  editedAfterPublishing = await payload.create({
    collection: 'statements',
    data: { ...base, title: 'Published title', slug: 'published-title', _status: 'published' },
    context,
  })
  await payload.update({
    collection: 'statements',
    id: editedAfterPublishing.id,
    data: { title: 'Unpublished draft title' },
    draft: true,
    context,
  })
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: [published.id, draft.id, editedAfterPublishing.id] } },
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

describe('anonymous access to statements', () => {
  it('REST lists published statements and never a draft', async () => {
    const { status, body } = await rest('statements?limit=100')
    expect(status).toBe(200)
    expect(body).toContain('Public access statement')
    expect(body).toContain('Published title')
    expect(body).not.toContain('Secret draft statement')
    expect(body).not.toContain('Unpublished draft title')
  })

  it('REST refuses a draft by id, a draft read and the versions', async () => {
    expect((await rest(`statements/${draft.id}`)).status).toBe(404)
    const asDraft = await rest(`statements/${editedAfterPublishing.id}?draft=true`)
    expect(asDraft.body).not.toContain('Unpublished draft title')
    const versions = await rest('statements/versions')
    expect(versions.status).toBe(403)
    expect(versions.body).not.toContain('Unpublished draft title')
  })

  it('GraphQL shows the same and no more', async () => {
    const list = await graphql('{ Statements(limit: 100) { docs { title } } }')
    expect(list).toContain('Public access statement')
    expect(list).not.toContain('Secret draft statement')
    const drafts = await graphql('{ Statements(draft: true, limit: 100) { docs { title } } }')
    expect(drafts).not.toContain('Secret draft statement')
    expect(drafts).not.toContain('Unpublished draft title')
    const versions = await graphql(
      '{ versionsStatements(limit: 100) { docs { version { title } } } }',
    )
    expect(versions).not.toContain('Unpublished draft title')
    expect(versions).not.toContain('Secret draft statement')
  })

  it('the local API, as pages call it, hides drafts too', async () => {
    const { docs } = await payload.find({
      collection: 'statements',
      overrideAccess: false,
      draft: true,
      limit: 100,
    })
    const titles = docs.map((doc) => doc.title)
    expect(titles).toContain('Public access statement')
    expect(titles).not.toContain('Secret draft statement')
    expect(titles).not.toContain('Unpublished draft title')
  })
})

describe('malformed ids', () => {
  it.each(['statements/abc', 'statements/-1', 'topics/1.5', 'media/NaN', 'users/abc'])(
    'GET /api/%s answers 404, not 500',
    async (path) => {
      expect((await rest(path)).status).toBe(404)
    },
  )
})

import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { stringify } from 'csv-stringify/sync'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { jsToXliff12, xliff12ToJs } from 'xliff'

import { columns, parseReactionsCsv } from '@/lib/reactions/importCsv'
import { lengthLimits } from '@/lib/text/lengthLimits'
import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * Every way text comes in answers to the limits of lib/text/lengthLimits.ts, saying which field,
 * its length and the limit: REST (400, Payload's ValidationError), GraphQL, an XLIFF file, the
 * reactions CSV import. Drafts are validated, so a draft cannot hold
 * an over-long text either.
 */

let payload: Payload
let editor: User
let french: User
const tokens = new Map<number, string>()
const statements: number[] = []
const reactions: number[] = []
let stateId = 0
let createdState = false
const context = { disableRevalidate: true }

const restGet = REST_GET(config)
const restPost = REST_POST(config)
const restPatch = REST_PATCH(config)
const graphqlPost = GRAPHQL_POST(config)

const tooLong = (limit: number) => 'Long words '.repeat(Math.ceil((limit + 40) / 11)).trim()
const titleMessage = (text: string) =>
  `Title is ${text.length} characters; the limit is ${lengthLimits.title}.`

type ErrorShape = {
  name?: string
  message: string
  data?: { errors?: { path: string; message: string }[] }
}

async function rest(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  user: User,
  body?: BodyInit,
  type = 'application/json',
) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const headers = new Headers({
    authorization: `JWT ${tokens.get(user.id)}`,
    ...(typeof body === 'string' ? { 'content-type': type } : {}),
  })
  const handler = method === 'GET' ? restGet : method === 'POST' ? restPost : restPatch
  const response = await handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  return { status: response.status, text: await response.text() }
}

const json = (text: string) =>
  JSON.parse(text) as { errors?: ErrorShape[]; doc?: { id: number; _status?: string } }

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'limits-editor@example.org', ['editor'])
  french = await testUser(payload, 'limits-french@example.org', ['translator'], ['fr'])
  for (const user of [editor, french]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  const { docs } = await payload.find({
    collection: 'states',
    where: { iso2: { equals: 'FR' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  createdState = !docs[0]
  stateId =
    docs[0]?.id ??
    (
      await payload.create({
        collection: 'states',
        locale: 'en',
        data: { iso2: 'FR', name: 'France' },
        overrideAccess: true,
        context,
      })
    ).id
})

afterAll(async () => {
  if (reactions.length)
    await payload.delete({
      collection: 'reactions',
      where: { id: { in: reactions } },
      overrideAccess: true,
      context,
    })
  if (statements.length)
    await payload.delete({
      collection: 'statements',
      where: { id: { in: statements } },
      overrideAccess: true,
      context,
    })
  if (createdState)
    await payload.delete({ collection: 'states', id: stateId, overrideAccess: true, context })
  await payload.destroy()
})

describe('over REST', () => {
  it('refuses a statement title over the limit with a 400 naming the field, its length and the limit', async () => {
    const title = tooLong(lengthLimits.title)
    const before = await payload.count({ collection: 'statements', overrideAccess: true })
    const answer = await rest(
      'POST',
      'statements',
      editor,
      JSON.stringify({ title, kind: 'statement', publishedAt: '2024-05-31', _status: 'published' }),
    )
    expect(answer.status).toBe(400)
    const [error] = json(answer.text).errors ?? []
    expect(error.name).toBe('ValidationError')
    expect(error.data?.errors).toEqual([
      { label: 'Title', path: 'title', message: titleMessage(title) },
    ])
    expect(
      (await payload.count({ collection: 'statements', overrideAccess: true })).totalDocs,
    ).toBe(before.totalDocs)
  })

  it('refuses a reaction summary over the limit with a 400', async () => {
    const summary = tooLong(lengthLimits.reactionSummary)
    const answer = await rest(
      'POST',
      'reactions',
      editor,
      JSON.stringify({
        actors: [{ relationTo: 'states', value: stateId }],
        date: '2024-05-22',
        stance: 'supports',
        summary,
        sourceUrl: 'https://example.org/limits',
        sourceTitle: 'Source',
      }),
    )
    expect(answer.status).toBe(400)
    const [error] = json(answer.text).errors ?? []
    expect(error.name).toBe('ValidationError')
    expect(error.data?.errors?.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'summary',
        message: `Summary is ${summary.length} characters; the limit is ${lengthLimits.reactionSummary}.`,
      },
    ])
  })

  it('takes text at the limit', async () => {
    const title = 'T'.repeat(lengthLimits.title)
    const answer = await rest(
      'POST',
      'statements',
      editor,
      JSON.stringify({ title, kind: 'statement', publishedAt: '2024-05-31', _status: 'published' }),
    )
    expect(answer.status).toBe(201)
    const doc = json(answer.text).doc
    statements.push(doc?.id ?? 0)
    expect(doc).toMatchObject({ _status: 'published' })
  })

  it('refuses a typed slug over the limit rather than cutting it, and cuts one made from the title at a word', async () => {
    const slug = 'word-'.repeat(20) + 'end'
    const answer = await rest(
      'POST',
      'statements',
      editor,
      JSON.stringify({
        title: 'A statement',
        slug,
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'published',
      }),
    )
    expect(answer.status).toBe(400)
    expect(json(answer.text).errors?.[0].data?.errors?.[0]).toMatchObject({
      path: 'slug',
      message: `Slug is ${slug.length} characters; the limit is ${lengthLimits.slug}.`,
    })

    const title = 'Words '.repeat(26).trim()
    const made = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: { title, kind: 'statement', publishedAt: '2024-05-31', _status: 'published' },
      context,
    })
    statements.push(made.id)
    expect(made.slug).toBe(Array(13).fill('words').join('-'))
  })
})

describe('drafts', () => {
  it('are held to the limits too (drafts are validated): a save or an autosave over the limit is refused, naming the field', async () => {
    const title = tooLong(lengthLimits.title)
    const refused = await rest(
      'POST',
      'statements?draft=true',
      editor,
      JSON.stringify({ title, kind: 'statement', publishedAt: '2024-05-31' }),
    )
    expect(refused.status).toBe(400)
    expect(json(refused.text).errors?.[0].data?.errors?.[0]).toMatchObject({
      path: 'title',
      message: titleMessage(title),
    })

    const saved = await rest(
      'POST',
      'statements?draft=true',
      editor,
      JSON.stringify({ title: 'Within the limit', kind: 'statement', publishedAt: '2024-05-31' }),
    )
    expect(saved.status).toBe(201)
    const id = json(saved.text).doc?.id ?? 0
    statements.push(id)
    const autosaved = await rest(
      'PATCH',
      `statements/${id}?draft=true&autosave=true`,
      editor,
      JSON.stringify({ title }),
    )
    expect(autosaved.status).toBe(400)
    const stored = await payload.findByID({
      collection: 'statements',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.title).toBe('Within the limit')
  })
})

describe('over GraphQL', () => {
  it('refuses a statement title over the limit with a 400 error naming it', async () => {
    const title = tooLong(lengthLimits.title)
    const response = await graphqlPost(
      new Request('http://amicus.test/api/graphql', {
        method: 'POST',
        headers: {
          authorization: `JWT ${tokens.get(editor.id)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          query:
            'mutation ($data: mutationStatementInput!) { createStatement(data: $data) { id } }',
          variables: {
            data: { title, kind: 'statement', publishedAt: '2024-05-31', _status: 'published' },
          },
        }),
      }),
    )
    const body = (await response.json()) as {
      data?: { createStatement: unknown }
      errors?: { extensions?: { statusCode?: number; data?: ErrorShape['data'] } }[]
    }
    expect(body.data?.createStatement ?? null).toBeNull()
    expect(body.errors?.[0].extensions?.statusCode).toBe(400)
    expect(body.errors?.[0].extensions?.data?.errors?.map((error) => error.message)).toEqual([
      titleMessage(title),
    ])
  })
})

describe('an XLIFF file', () => {
  it('is refused when a translated segment is over its field’s limit, naming the segment', async () => {
    const statement = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        title: 'Cooperate with the Court',
        standfirst: 'States must cooperate.',
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'published',
      },
      context,
    })
    statements.push(statement.id)
    const exported = await rest(
      'GET',
      `translations/xliff?statement=${statement.id}&locale=fr`,
      french,
    )
    expect(exported.status).toBe(200)
    const document = await xliff12ToJs(exported.text, { captureSpacesBetweenElements: true })
    const units = Object.values(document.resources)[0] as Record<string, { target?: unknown }>
    const title = tooLong(lengthLimits.title)
    units.title.target = title
    units.standfirst.target = 'Les États doivent coopérer.'

    const form = new FormData()
    form.append('statement', String(statement.id))
    form.append('locale', 'fr')
    form.append(
      'file',
      new Blob([await jsToXliff12(document, { indent: '' })], { type: 'application/x-xliff+xml' }),
      'statement.xlf',
    )
    const before = await payload.count({ collection: 'translations', overrideAccess: true })
    const uploaded = await rest('POST', 'translations/xliff', french, form)
    expect(uploaded.status).toBe(422)
    expect(JSON.parse(uploaded.text)).toEqual({
      errors: [{ segment: 'title', message: titleMessage(title) }],
    })
    expect(
      (await payload.count({ collection: 'translations', overrideAccess: true })).totalDocs,
    ).toBe(before.totalDocs)
  })
})

describe('the reactions CSV import', () => {
  it('names the row and the column of a text over its limit', async () => {
    const summary = tooLong(lengthLimits.reactionSummary)
    const quote = tooLong(lengthLimits.reactionQuote)
    const row = {
      date: '2024-05-22',
      actors: 'FR',
      stance: 'supports',
      summary_en: 'Fine.',
      source_url: 'https://example.org/limits-csv',
      source_title: 'Source',
    }
    const rows = [
      row,
      { ...row, summary_fr: summary, quote, source_url: 'https://example.org/limits-csv-2' },
    ]
    const text = stringify([
      columns,
      ...rows.map((fields) =>
        columns.map((column) => (fields as Record<string, string>)[column] ?? ''),
      ),
    ])
    expect(await parseReactionsCsv(payload, text)).toEqual({
      ok: false,
      errors: [
        {
          row: 3,
          message: `Row 3: summary_fr is ${summary.length} characters; the limit is ${lengthLimits.reactionSummary}.`,
        },
        {
          row: 3,
          message: `Row 3: quote is ${quote.length} characters; the limit is ${lengthLimits.reactionQuote}.`,
        },
      ],
    })
  })
})

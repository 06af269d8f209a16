import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { jsToXliff12, xliff12ToJs } from 'xliff'

import { lexicalDocument } from '@/lib/seed/lexical'
import type { Statement, Translation, User } from '@/payload-types'

import { testUser } from '../helpers/translations'

// Accepting a translation revalidates cache tags, which needs Next's cache outside Next.
vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * A translation reaches review, and readers, whole: every way in (the local API, REST, GraphQL,
 * an XLIFF file) refuses to submit or accept one that leaves empty a part the original has, with
 * the same messages; prose left as in the original takes the reviewer's tick to be accepted.
 */

let payload: Payload
let editor: User
let french: User
const tokens = new Map<number, string>()
const statements: number[] = []

const restGet = REST_GET(config)
const restPost = REST_POST(config)
const restPatch = REST_PATCH(config)
const graphqlPost = GRAPHQL_POST(config)

const english = {
  standfirst: 'A statement on cooperation with the Court.',
  seoTitle: 'Cooperate with the ICC',
  description: 'The coalition calls on States to cooperate with the Court.',
  paragraphs: [
    'Read the [Rome Statute](https://www.icc-cpi.int/rome-statute) and act **now**.',
    'States Parties must cooperate with the Court.',
  ],
}

/** Every part of the statements below in French: title, standfirst, SEO title and description, both blocks of the text. */
const frenchText = (title: string) => ({
  title,
  standfirst: 'Une déclaration sur la coopération avec la Cour.',
  seoTitle: 'Coopérer avec la CPI',
  description: 'La coalition appelle les États à coopérer avec la Cour.',
  body: lexicalDocument([
    'Lisez le [Statut de Rome](https://www.icc-cpi.int/rome-statute) et agissez **maintenant**.',
    'Les États parties doivent coopérer avec la Cour.',
  ]),
})

/** What a title-only translation of these statements leaves out, named as the XLIFF import names it. */
const titleOnlyProblems = [
  'Standfirst has no translation.',
  'SEO title has no translation.',
  'SEO description has no translation.',
  'Block 1 of the text has no translation.',
  'Block 2 of the text has no translation.',
]

async function createStatement(title: string): Promise<Statement> {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      standfirst: english.standfirst,
      body: lexicalDocument(english.paragraphs),
      meta: { title: english.seoTitle, description: english.description },
      kind: 'statement',
      publishedAt: '2024-05-31',
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  statements.push(doc.id)
  return doc
}

const as = (user: User) => ({ user, overrideAccess: false as const, context: { silent: true } })
const stored = (id: number) =>
  payload.findByID({ collection: 'translations', id, depth: 0, overrideAccess: true })

/** The French version readers get, or undefined when there is none. */
async function publishedFrench(id: number) {
  const doc = await payload.findByID({
    collection: 'statements',
    id,
    locale: 'fr',
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: false,
  })
  return doc.localeVersions?.some((entry) => entry.locale === 'fr') ? doc : undefined
}

type Refusal = {
  status?: number
  message: string
  data?: { errors?: { path: string; message: string }[] }
}

/** The operation's error, which the test expects there to be. */
async function refusal(operation: Promise<unknown>): Promise<Refusal> {
  const error = await operation.then(
    () => null,
    (reason: unknown) => reason as Refusal,
  )
  expect(error, 'expected the operation to be refused').not.toBeNull()
  return error as Refusal
}

// Requests, through the route handlers Next serves.

function api(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  user: User,
  body?: BodyInit,
  type?: string,
): Promise<Response> {
  const url = new URL(`http://amicus.test/api/${path}`)
  const headers = new Headers({
    authorization: `JWT ${tokens.get(user.id)}`,
    ...(type ? { 'content-type': type } : {}),
  })
  const handler = method === 'GET' ? restGet : method === 'POST' ? restPost : restPatch
  return handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
}

async function patchRest(id: number, user: User, data: Record<string, unknown>) {
  const response = await api(
    'PATCH',
    `translations/${id}`,
    user,
    JSON.stringify(data),
    'application/json',
  )
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Refusal[]; doc?: Translation },
  }
}

type GraphqlAnswer = {
  data?: { updateTranslation?: { status: string } | null }
  errors?: { message: string; extensions?: { statusCode?: number; data?: Refusal['data'] } }[]
}

async function updateGraphql(
  id: number,
  user: User,
  data: Record<string, unknown>,
): Promise<GraphqlAnswer> {
  const query =
    'mutation ($id: Int!, $data: mutationTranslationUpdateInput!) { updateTranslation(id: $id, data: $data) { status } }'
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.get(user.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { id, data } }),
    }),
  )
  return (await response.json()) as GraphqlAnswer
}

/** The statement's XLIFF file with each target set by `target` (undefined: left empty). */
async function xliffWith(statement: number, target: (id: string) => unknown): Promise<string> {
  const response = await api('GET', `translations/xliff?statement=${statement}&locale=fr`, french)
  expect(response.status).toBe(200)
  const document = await xliff12ToJs(await response.text(), { captureSpacesBetweenElements: true })
  const units = Object.values(document.resources)[0] as Record<string, { target?: unknown }>
  for (const [id, unit] of Object.entries(units)) unit.target = target(id) ?? ''
  return jsToXliff12(document, { indent: '' })
}

async function uploadXliff(statement: number, xml: string) {
  const form = new FormData()
  form.append('statement', String(statement))
  form.append('locale', 'fr')
  form.append('file', new Blob([xml], { type: 'application/x-xliff+xml' }), 'statement.xlf')
  const response = await api('POST', 'translations/xliff', french, form)
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { segment: string | null; message: string }[] },
  }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'complete-editor@example.org', ['editor'])
  french = await testUser(payload, 'complete-french@example.org', ['translator'], ['fr'])
  for (const user of [editor, french]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
})

afterAll(async () => {
  const { errors } = await payload.delete({
    collection: 'statements',
    where: { id: { in: statements } },
    overrideAccess: true,
  })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('a translation holding only a title', () => {
  it('is refused by the XLIFF import, naming each empty part', async () => {
    const statement = await createStatement('Title only by file')
    const uploaded = await uploadXliff(
      statement.id,
      await xliffWith(statement.id, (id) => (id === 'title' ? 'Titre seulement' : undefined)),
    )
    expect(uploaded.status).toBe(422)
    expect(uploaded.body.errors).toEqual(
      ['standfirst', 'seoTitle', 'description', 'body.0', 'body.1'].map((segment, index) => ({
        segment,
        message: titleOnlyProblems[index],
      })),
    )
  })

  it('cannot be submitted through the local API, REST or GraphQL, which name each empty part as the XLIFF import does', async () => {
    const statement = await createStatement('Title only')
    const draft = await payload.create({
      collection: 'translations',
      data: { statement: statement.id, locale: 'fr', title: 'Titre seulement', status: 'draft' },
      ...as(french),
    })

    const local = await refusal(
      payload.update({
        collection: 'translations',
        id: draft.id,
        data: { status: 'submitted' },
        ...as(french),
      }),
    )
    expect(local.status).toBe(400)
    expect(local.message).toBe(
      'The following fields are invalid: Standfirst, SEO title, SEO description, Block 1 of the text, Block 2 of the text',
    )
    expect(local.data?.errors?.map((error) => error.message)).toEqual(titleOnlyProblems)
    expect(local.data?.errors?.map((error) => error.path)).toEqual([
      'standfirst',
      'seoTitle',
      'description',
      'body',
      'body',
    ])

    const rest = await patchRest(draft.id, french, { status: 'submitted' })
    expect(rest.status).toBe(400)
    expect(rest.body.errors?.[0].data?.errors?.map((error) => error.message)).toEqual(
      titleOnlyProblems,
    )

    const graphql = await updateGraphql(draft.id, french, { status: 'submitted' })
    expect(graphql.data?.updateTranslation ?? null).toBeNull()
    expect(graphql.errors?.[0].extensions?.statusCode).toBe(400)
    expect(graphql.errors?.[0].extensions?.data?.errors?.map((error) => error.message)).toEqual(
      titleOnlyProblems,
    )

    // Nothing was written by any of them.
    expect(await stored(draft.id)).toMatchObject({
      status: 'draft',
      submittedAt: null,
      updatedAt: draft.updatedAt,
    })
  })

  it('cannot be created as submitted either, and starts nothing', async () => {
    const statement = await createStatement('Title only at once')
    const before = await payload.count({ collection: 'translations', overrideAccess: true })
    const error = await refusal(
      payload.create({
        collection: 'translations',
        data: {
          statement: statement.id,
          locale: 'fr',
          title: 'Titre seulement',
          status: 'submitted',
        },
        ...as(french),
      }),
    )
    expect(error.data?.errors?.map((item) => item.message)).toEqual(titleOnlyProblems)
    expect(await payload.count({ collection: 'translations', overrideAccess: true })).toEqual(
      before,
    )
  })
})

describe('reviewing a translation', () => {
  it('accepts a complete one, and publishes every part of it', async () => {
    const statement = await createStatement('Complete statement')
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Déclaration complète'),
        status: 'submitted',
      },
      ...as(french),
    })
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { status: 'accepted' },
      ...as(editor),
    })
    expect(await publishedFrench(statement.id)).toMatchObject({
      title: 'Déclaration complète',
      standfirst: frenchText('').standfirst,
      meta: { title: frenchText('').seoTitle, description: frenchText('').description },
    })
  })

  it('refuses to accept one left incomplete before the rule, or emptied in review, until it is complete', async () => {
    const statement = await createStatement('Incomplete in review')
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Incomplète'),
        status: 'submitted',
      },
      ...as(french),
    })

    // An editor cannot empty a part while reviewing.
    const emptied = await refusal(
      payload.update({
        collection: 'translations',
        id: submitted.id,
        data: { description: ' ' },
        ...as(editor),
      }),
    )
    expect(emptied.data?.errors).toEqual([
      expect.objectContaining({
        path: 'description',
        message: 'SEO description has no translation.',
      }),
    ])

    // As a translation submitted before the rule holds it.
    await payload.db.drizzle.execute(
      sql`UPDATE translations SET standfirst = NULL WHERE id = ${submitted.id}`,
    )
    const accept = await refusal(
      payload.update({
        collection: 'translations',
        id: submitted.id,
        data: { status: 'accepted' },
        ...as(editor),
      }),
    )
    expect(accept.data?.errors?.map((error) => error.message)).toEqual([
      'Standfirst has no translation.',
    ])
    expect(await stored(submitted.id)).toMatchObject({ status: 'submitted', reviewer: null })
    expect(await publishedFrench(statement.id)).toBeUndefined()

    // The way on: send it back, the translator completes it, and it can be accepted.
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { status: 'changes_requested', reviewComment: 'Traduisez le chapeau.' },
      ...as(editor),
    })
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { standfirst: frenchText('').standfirst, status: 'submitted' },
      ...as(french),
    })
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { status: 'accepted' },
      ...as(editor),
    })
    expect((await publishedFrench(statement.id))?.standfirst).toBe(frenchText('').standfirst)
  })

  it('flags text left as in the original, and accepts it only with the reviewer’s tick', async () => {
    const statement = await createStatement('Untranslated text')
    const original = await payload.findByID({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    })
    // Complete, so it can be submitted; but its text is the English one.
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Texte non traduit'),
        body: original.body,
        status: 'submitted',
      },
      ...as(french),
    })
    const message =
      'The same as the original: Block 1 of the text; Block 2 of the text. Check it, then tick “Accept the parts left as in the original” to accept it as it is, or ask for changes.'

    const local = await refusal(
      payload.update({
        collection: 'translations',
        id: submitted.id,
        data: { status: 'accepted' },
        ...as(editor),
      }),
    )
    expect(local.status).toBe(400)
    expect(local.data?.errors).toEqual([
      expect.objectContaining({ path: 'acceptSameAsOriginal', message }),
    ])
    const rest = await patchRest(submitted.id, editor, {
      status: 'accepted',
      acceptSameAsOriginal: false,
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors?.[0].data?.errors?.map((error) => error.message)).toEqual([message])
    expect(await stored(submitted.id)).toMatchObject({
      status: 'submitted',
      updatedAt: submitted.updatedAt,
    })
    expect(await publishedFrench(statement.id)).toBeUndefined()

    // Ticked, it is accepted; the tick is for that accept only, and is not kept.
    const graphql = await updateGraphql(submitted.id, editor, {
      status: 'accepted',
      acceptSameAsOriginal: true,
    })
    expect(graphql).toEqual({ data: { updateTranslation: { status: 'accepted' } } })
    expect((await stored(submitted.id)).acceptSameAsOriginal).toBeUndefined()
    expect((await publishedFrench(statement.id))?.title).toBe('Texte non traduit')
  })

  it('lets a title that stays as in the original (a name) through without a tick', async () => {
    const statement = await createStatement('Amicus Curiae')
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Amicus Curiae'),
        status: 'submitted',
      },
      ...as(french),
    })
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { status: 'accepted' },
      ...as(editor),
    })
    expect((await publishedFrench(statement.id))?.title).toBe('Amicus Curiae')
  })
})

describe('a translation accepted before the rule', () => {
  it('stays as it was: readable, published, and saved again without being checked', async () => {
    const statement = await createStatement('Accepted before the rule')
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Acceptée avant'),
        status: 'submitted',
      },
      ...as(french),
    })
    await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { status: 'accepted' },
      ...as(editor),
    })
    // As a title-only translation accepted before the rule holds it.
    await payload.db.drizzle.execute(
      sql`UPDATE translations SET standfirst = NULL, seo_title = NULL, description = NULL, body = NULL WHERE id = ${submitted.id}`,
    )

    const accepted = await payload.findByID({
      collection: 'translations',
      id: submitted.id,
      ...as(editor),
    })
    expect(accepted).toMatchObject({
      status: 'accepted',
      title: 'Acceptée avant',
      standfirst: null,
      body: null,
    })
    const saved = await payload.update({
      collection: 'translations',
      id: submitted.id,
      data: { reviewComment: 'Relue à nouveau.' },
      ...as(editor),
    })
    expect(saved).toMatchObject({
      status: 'accepted',
      reviewComment: 'Relue à nouveau.',
      standfirst: null,
    })
    expect((await publishedFrench(statement.id))?.title).toBe('Acceptée avant')
  })
})

describe('a translation that lost or gained a link', () => {
  const romeStatute = 'https://www.icc-cpi.int/rome-statute'
  const lostLink = `Text: the link “Rome Statute” (${romeStatute}) is missing from the translation; link the words that translate it.`
  /** frenchText with the link's words typed over: the words stay, the link is gone. */
  const withoutLink = (title: string) => ({
    ...frenchText(title),
    body: lexicalDocument([
      'Lisez le Statut de Rome et agissez **maintenant**.',
      'Les États parties doivent coopérer avec la Cour.',
    ]),
  })

  it('is saved as a draft, but its submission is refused over the local API, REST and GraphQL, naming the field and the link', async () => {
    const statement = await createStatement('Lost link')
    const draft = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...withoutLink('Lien perdu'),
        status: 'draft',
      },
      ...as(french),
    })
    expect(draft.status).toBe('draft')

    const local = await refusal(
      payload.update({
        collection: 'translations',
        id: draft.id,
        data: { status: 'submitted' },
        ...as(french),
      }),
    )
    expect(local.status).toBe(400)
    expect(local.data?.errors).toEqual([
      expect.objectContaining({ path: 'body', message: lostLink }),
    ])

    const rest = await patchRest(draft.id, french, { status: 'submitted' })
    expect(rest.status).toBe(400)
    expect(rest.body.errors?.[0].data?.errors).toEqual([
      expect.objectContaining({ path: 'body', message: lostLink }),
    ])

    const graphql = await updateGraphql(draft.id, french, { status: 'submitted' })
    expect(graphql.errors?.[0].extensions?.statusCode).toBe(400)
    expect(graphql.errors?.[0].extensions?.data?.errors?.map((error) => error.message)).toEqual([
      lostLink,
    ])
    expect(await stored(draft.id)).toMatchObject({
      status: 'draft',
      submittedAt: null,
      updatedAt: draft.updatedAt,
    })

    // Linked again, it goes to review.
    const submitted = await patchRest(draft.id, french, {
      body: frenchText('').body,
      status: 'submitted',
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc?.status).toBe('submitted')
  })

  it('is refused by the XLIFF import with the same message', async () => {
    const statement = await createStatement('Lost link by file')
    const typedOver = [
      'Lisez le Statut de Rome et agissez ',
      { GenericSpan: { id: '2', ctype: 'bold', contents: 'maintenant' } },
      '.',
    ]
    const xml = await xliffWith(statement.id, (id) =>
      id === 'body.0' ? typedOver : id === 'slug' ? undefined : `FR ${id}`,
    )
    const uploaded = await uploadXliff(statement.id, xml)
    expect(uploaded.status).toBe(422)
    expect(uploaded.body.errors).toEqual([{ segment: 'body.0', message: lostLink }])
  })

  it('refuses a link the original does not have', async () => {
    const statement = await createStatement('Gained link')
    const draft = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Lien ajouté'),
        status: 'draft',
      },
      ...as(french),
    })
    const body = lexicalDocument([
      'Lisez le [Statut de Rome](https://www.icc-cpi.int/rome-statute) et agissez **maintenant**.',
      'Les [États parties](https://example.org/parties) doivent coopérer avec la Cour.',
    ])
    const rest = await patchRest(draft.id, french, { body, status: 'submitted' })
    expect(rest.status).toBe(400)
    expect(rest.body.errors?.[0].data?.errors?.map((error) => error.message)).toEqual([
      'Text: the link “États parties” (https://example.org/parties) is not in the original; remove it.',
    ])
  })

  it('cannot be accepted: a link lost before the rule keeps it from readers', async () => {
    const statement = await createStatement('Lost link in review')
    const submitted = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'fr',
        ...frenchText('Lien perdu en revue'),
        status: 'submitted',
      },
      ...as(french),
    })
    // As a translation submitted before the rule holds it.
    await payload.db.drizzle.execute(
      sql`UPDATE translations SET body = ${JSON.stringify(withoutLink('').body)}::jsonb WHERE id = ${submitted.id}`,
    )

    const rest = await patchRest(submitted.id, editor, { status: 'accepted' })
    expect(rest.status).toBe(400)
    expect(rest.body.errors?.[0].data?.errors).toEqual([
      expect.objectContaining({ path: 'body', message: lostLink }),
    ])
    expect(await stored(submitted.id)).toMatchObject({ status: 'submitted', reviewer: null })
    expect(await publishedFrench(statement.id)).toBeUndefined()
  })
})

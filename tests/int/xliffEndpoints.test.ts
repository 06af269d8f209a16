import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { jsToXliff12, xliff12ToJs } from 'xliff'

import { lexicalDocument } from '@/lib/seed/lexical'
import { lengthLimits } from '@/lib/text/lengthLimits'
import type { Statement, Translation, User } from '@/payload-types'

import { testUser } from '../helpers/translations'
import { type TargetLocale } from '@/i18n/locales'

// Accepting a translation revalidates cache tags, which needs Next's cache outside Next.
vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * The XLIFF endpoints of the translations collection, called in-process through the same REST
 * route handlers Next serves, as a CAT tool user would call them: download a file, translate
 * its targets, upload it back.
 */

let payload: Payload
let editor: User
let french: User
let spanish: User
/** JWTs by user id, so a request can be made as anyone (or no one). */
const tokens = new Map<number, string>()
const statements: number[] = []

const restGet = REST_GET(config)
const restPost = REST_POST(config)

const linkUrl = 'https://www.icc-cpi.int/rome-statute'
const paragraphs = [
  `Read the [Rome Statute](${linkUrl}) and act **now**.`,
  'States Parties must cooperate with the Court.',
]
/** The shared link rule's word on the first paragraph without its link, whichever way the translation comes in. */
const lostRomeStatute = `Text: the link “Rome Statute” (${linkUrl}) is missing from the translation; link the words that translate it.`
const standfirst = 'A statement on cooperation with the Court.'

/** What the translator types for each piece of English text between inline tags. */
const phrasebook: Record<string, string> = {
  'Defend the Court': 'Défendre la Cour',
  [standfirst]: 'Une déclaration sur la coopération avec la Cour.',
  'Read the ': 'Lisez le ',
  'Rome Statute': 'Statut de Rome',
  ' and act ': ' et agissez ',
  now: 'maintenant',
  '.': '.',
  'States Parties must cooperate with the Court.':
    'Les États parties doivent coopérer avec la Cour.',
}
/** Titles differ per statement (slugs must be unique); those the phrasebook lacks get a visible French mark. */
const toFrench = (text: string) => phrasebook[text] ?? (text.trim() ? `${text} (fr)` : text)

async function createStatement(title: string, extra: Partial<Statement> = {}): Promise<Statement> {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      standfirst,
      body: lexicalDocument(paragraphs),
      kind: 'statement',
      publishedAt: '2024-05-31',
      _status: 'published',
      ...extra,
    },
    context: { disableRevalidate: true },
  })
  statements.push(doc.id)
  return doc
}

// Requests

/** A request to /api/<path> through Payload's REST route handlers, as `user` (anonymous when null). */
function api(path: string, user: User | null, init: RequestInit = {}): Promise<Response> {
  const url = new URL(`http://amicus.test/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const headers = new Headers(init.headers)
  if (user) headers.set('Authorization', `JWT ${tokens.get(user.id)}`)
  const handler = (init.method ?? 'GET') === 'GET' ? restGet : restPost
  return handler(new Request(url, { ...init, headers }), { params: Promise.resolve({ slug }) })
}

function download(user: User | null, statement: number | string, locale = 'fr'): Promise<Response> {
  return api(`translations/xliff?statement=${statement}&locale=${locale}`, user)
}

/** The XLIFF file of a statement, as `user` downloads it. */
async function downloadXliff(
  user: User,
  statement: number,
  locale: TargetLocale = 'fr',
): Promise<string> {
  const response = await download(user, statement, locale)
  expect(response.status).toBe(200)
  return response.text()
}

type UploadAnswer = {
  status: number
  body: {
    id?: number
    url?: string
    message?: string
    errors?: { segment?: string | null; message: string }[]
  }
}

/** Uploads a file the way the admin's upload form does (multipart: statement, locale, file). */
async function upload(
  user: User | null,
  statement: number,
  locale: string,
  file: string | Blob,
): Promise<UploadAnswer> {
  const form = new FormData()
  form.append('statement', String(statement))
  form.append('locale', locale)
  form.append(
    'file',
    typeof file === 'string' ? new Blob([file], { type: 'application/x-xliff+xml' }) : file,
    'statement.xlf',
  )
  const response = await api('translations/xliff', user, { method: 'POST', body: form })
  return { status: response.status, body: await response.json() }
}

/** POST /api/translations/start, the admin's "Translate" button. */
function start(user: User, statement: number, locale: TargetLocale = 'fr'): Promise<Response> {
  const form = new FormData()
  form.append('statement', String(statement))
  form.append('locale', locale)
  return api('translations/start', user, { method: 'POST', body: form })
}

/** The translation id a /start redirect points to. */
function startedId(response: Response): number {
  expect(response.status).toBe(303)
  const location = response.headers.get('location') ?? ''
  expect(location).toMatch(/^\/admin\/collections\/translations\/\d+$/)
  return Number(location.split('/').at(-1))
}

// Playing the CAT tool, with the xliff library as the unit tests do.

/** An inline element as the xliff library models it: `{ GenericSpan: {...} }` is a <g>, `{ Standalone: {...} }` an <x/>. */
type Part = string | Record<string, { id?: string; ctype?: string; contents?: Value }>
type Value = Part | Part[]
type Units = Record<string, { source?: Value; target?: Value }>

/** Reads the file, lets `edit` change its trans-units, and writes it back. */
async function editUnits(xml: string, edit: (units: Units) => void): Promise<string> {
  const document = await xliff12ToJs(xml, { captureSpacesBetweenElements: true })
  edit(Object.values(document.resources)[0] as Units)
  return jsToXliff12(document, { indent: '' })
}

/** The source with every piece of text translated and every inline tag kept, where it was. */
function translated(value: Value, translate: (text: string) => string): Value {
  if (typeof value === 'string') return translate(value)
  if (Array.isArray(value)) return value.map((part) => translated(part, translate) as Part)
  return Object.fromEntries(
    Object.entries(value).map(([type, attributes]) => [
      type,
      attributes.contents === undefined
        ? attributes
        : { ...attributes, contents: translated(attributes.contents, translate) },
    ]),
  )
}

/** Fills every <target> (overwriting any pre-filled one) with a French version of its <source>, like a translator in a CAT tool. */
function fillTargets(xml: string, edit: (units: Units) => void = () => {}): Promise<string> {
  return editUnits(xml, (units) => {
    for (const unit of Object.values(units)) unit.target = translated(unit.source ?? '', toFrench)
    edit(units)
  })
}

/** A target with its link tags taken out and their text left in place, as a careless translator would. */
function withoutLinks(value: Value): Part[] {
  return (Array.isArray(value) ? value : [value]).flatMap((part) => {
    if (typeof part === 'string' || part.GenericSpan?.ctype !== 'x-link') return [part]
    return withoutLinks(part.GenericSpan.contents ?? '')
  })
}

// Reading back

type LexicalNode = {
  type: string
  text?: string
  format?: number
  fields?: { url?: string }
  children?: LexicalNode[]
}

/** Every node of a Lexical document, depth first. */
function nodesOf(body: Statement['body'] | undefined): LexicalNode[] {
  const walk = (nodes: LexicalNode[] = []): LexicalNode[] =>
    nodes.flatMap((node) => [node, ...walk(node.children)])
  return walk((body?.root.children ?? []) as unknown as LexicalNode[])
}

const translation = (id: number) =>
  payload.findByID({ collection: 'translations', id, depth: 0, overrideAccess: true })
const translationCount = async () =>
  (await payload.count({ collection: 'translations', overrideAccess: true })).totalDocs
const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' ? value?.id : value

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'xliff-editor@example.org', ['editor'])
  french = await testUser(payload, 'xliff-french@example.org', ['translator'], ['fr'])
  spanish = await testUser(payload, 'xliff-spanish@example.org', ['translator'], ['es'])
  for (const user of [editor, french, spanish]) {
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

describe('XLIFF round trip', () => {
  it('brings a CAT tool’s translation back with its links and emphasis, and publishes it once accepted', async () => {
    const statement = await createStatement('Defend the Court')

    const response = await download(french, statement.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/x-xliff\+xml/)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${statement.slug}.fr.xlf"`,
    )
    const xml = await response.text()
    // The link is a tag the translator can move but not retarget: its URL is not in the file.
    expect(xml).toContain(
      '<source>Read the <g id="1" ctype="x-link">Rome Statute</g> and act <g id="2" ctype="bold">now</g>.</source>',
    )
    expect(xml).not.toContain(linkUrl)

    const filled = await fillTargets(xml)
    expect(filled).toContain(
      '<target>Lisez le <g id="1" ctype="x-link">Statut de Rome</g> et agissez <g id="2" ctype="bold">maintenant</g>.</target>',
    )

    const uploaded = await upload(french, statement.id, 'fr', filled)
    expect(uploaded.status).toBe(201)
    const id = uploaded.body.id as number
    expect(uploaded.body).toMatchObject({
      url: `/admin/collections/translations/${id}`,
      message: expect.any(String),
    })
    const submitted = await translation(id)
    expect(submitted).toMatchObject({
      status: 'submitted',
      locale: 'fr',
      title: 'Défendre la Cour',
      standfirst: phrasebook[standfirst],
    })
    expect(idOf(submitted.translator)).toBe(french.id)
    expect(idOf(submitted.statement)).toBe(statement.id)

    await payload.update({
      collection: 'translations',
      id,
      data: { status: 'accepted' },
      user: editor,
      overrideAccess: false,
    })

    // What French readers now get.
    const published = await payload.findByID({
      collection: 'statements',
      id: statement.id,
      locale: 'fr',
      fallbackLocale: false,
      draft: false,
      overrideAccess: false,
    })
    expect(published.title).toBe('Défendre la Cour')
    const nodes = nodesOf(published.body)
    const link = nodes.find((node) => node.type === 'link')
    expect(link?.fields?.url).toBe(linkUrl)
    expect(link?.children?.map((child) => child.text)).toEqual(['Statut de Rome'])
    const bold = nodes.find(
      (node) => node.type === 'text' && typeof node.format === 'number' && node.format & 1,
    )
    expect(bold?.text).toBe('maintenant')
    expect(nodes.filter((node) => node.type === 'paragraph')).toHaveLength(2)
    expect(
      nodes.some((node) => node.text === 'Les États parties doivent coopérer avec la Cour.'),
    ).toBe(true)
  })

  it('carries the SEO title and the address the translator proposes to the published version', async () => {
    const statement = await createStatement('Defend the Court today', {
      meta: { title: 'Defend the ICC today' },
    })
    const xml = await downloadXliff(french, statement.id)
    expect(xml).toContain('<trans-unit id="slug"><source>defend-the-court-today</source><note>')
    // Without a draft, the file holds what /start would begin one with: here the original.
    expect(xml).toContain(
      '<trans-unit id="seoTitle"><source>Defend the ICC today</source><target state="needs-translation">Defend the ICC today</target></trans-unit>',
    )

    const filled = await fillTargets(xml, (units) => {
      units.slug.target = 'Défendre la Cour'
      units.seoTitle.target = 'Défendre la CPI aujourd’hui'
    })
    const uploaded = await upload(french, statement.id, 'fr', filled)
    expect(uploaded.status).toBe(201)
    const id = uploaded.body.id as number
    expect(await translation(id)).toMatchObject({
      slug: 'defendre-la-cour',
      seoTitle: 'Défendre la CPI aujourd’hui',
    })

    await payload.update({
      collection: 'translations',
      id,
      data: { status: 'accepted' },
      user: editor,
      overrideAccess: false,
    })
    const published = await payload.findByID({
      collection: 'statements',
      id: statement.id,
      locale: 'fr',
      fallbackLocale: false,
      draft: false,
      overrideAccess: false,
    })
    expect({ slug: published.slug, seoTitle: published.meta?.title }).toEqual({
      slug: 'defendre-la-cour',
      seoTitle: 'Défendre la CPI aujourd’hui',
    })
  })

  it('makes the address from the translated title when the slug is left as the English one', async () => {
    const statement = await createStatement('Keep the English address')
    const filled = await fillTargets(await downloadXliff(french, statement.id), (units) => {
      units.slug.target = units.slug.source
    })
    const uploaded = await upload(french, statement.id, 'fr', filled)
    expect(uploaded.status).toBe(201)
    expect(await translation(uploaded.body.id as number)).toMatchObject({
      title: 'Keep the English address (fr)',
      slug: 'keep-the-english-address-fr',
    })
  })

  it('updates the caller’s open draft instead of starting another translation', async () => {
    const statement = await createStatement('Draft update statement')
    const draftId = startedId(await start(french, statement.id))

    // The download offers the draft (pre-filled with the English by /start) as the targets.
    const xml = await downloadXliff(french, statement.id)
    expect(xml).toContain('<target state="needs-translation">Draft update statement</target>')

    const before = await translationCount()
    const uploaded = await upload(french, statement.id, 'fr', await fillTargets(xml))
    expect(uploaded.status).toBe(200)
    expect(uploaded.body.id).toBe(draftId)
    expect(await translationCount()).toBe(before)
    expect(await translation(draftId)).toMatchObject({
      status: 'submitted',
      title: 'Draft update statement (fr)',
    })

    // Once submitted, it is the editor's turn: another upload is refused, and the button leads to it.
    const again = await upload(french, statement.id, 'fr', await fillTargets(xml))
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0].message).toMatch(/waiting for review/)
    expect(await translation(draftId)).toMatchObject({
      status: 'submitted',
      title: 'Draft update statement (fr)',
    })
    expect(startedId(await start(french, statement.id))).toBe(draftId)
    expect(await translationCount()).toBe(before)
  })
})

describe('a file that cannot be imported', () => {
  let statement: Statement
  let other: Statement
  let draft: Translation

  beforeAll(async () => {
    statement = await createStatement('Malformed uploads statement')
    other = await createStatement('Another statement')
    draft = await translation(startedId(await start(french, statement.id)))
  })

  /** Uploads, expects it refused with `status` and exactly `errors`, and that nothing was written. */
  async function refused(send: () => Promise<UploadAnswer>, status: number, errors: unknown) {
    const before = await translationCount()
    const answer = await send()
    expect(answer).toEqual({ status, body: { errors } })
    expect(await translationCount()).toBe(before)
    expect(await translation(draft.id)).toMatchObject({
      status: 'draft',
      title: draft.title,
      updatedAt: draft.updatedAt,
    })
  }

  it('is not XML at all', async () => {
    await refused(() => upload(french, statement.id, 'fr', 'Bonjour, voici ma traduction.'), 422, [
      {
        segment: null,
        message: expect.stringMatching(
          /^This is not a valid XLIFF 1\.2 file: the XML is malformed/,
        ),
      },
    ])
  })

  it('was exported for another statement', async () => {
    const xml = await fillTargets(await downloadXliff(french, other.id))
    await refused(() => upload(french, statement.id, 'fr', xml), 422, [
      {
        segment: null,
        message: `This file belongs to statement ${other.id}, not to statement ${statement.id}.`,
      },
    ])
  })

  it('translates into another language than the one uploaded for', async () => {
    const xml = await fillTargets(await downloadXliff(editor, statement.id, 'fr'))
    await refused(() => upload(editor, statement.id, 'es', xml), 422, [
      { segment: null, message: 'This file is a translation into “fr”, not into “es”.' },
    ])
  })

  it('lacks a segment', async () => {
    const xml = await fillTargets(
      await downloadXliff(french, statement.id),
      (units) => delete units['body.1'],
    )
    await refused(() => upload(french, statement.id, 'fr', xml), 422, [
      { segment: 'body.1', message: 'Segment body.1 is missing from the file.' },
    ])
  })

  it('lost a link', async () => {
    const xml = await fillTargets(await downloadXliff(french, statement.id), (units) => {
      units['body.0'].target = withoutLinks(units['body.0'].target ?? '')
    })
    expect(xml).toContain(
      '<target>Lisez le Statut de Rome et agissez <g id="2" ctype="bold">maintenant</g>.</target>',
    )
    await refused(() => upload(french, statement.id, 'fr', xml), 422, [
      { segment: 'body.0', message: lostRomeStatute },
    ])
  })

  it('proposes an address without a letter or digit', async () => {
    const xml = await fillTargets(await downloadXliff(french, statement.id), (units) => {
      units.slug.target = '— ! —'
    })
    await refused(() => upload(french, statement.id, 'fr', xml), 422, [
      {
        segment: 'slug',
        message:
          'Segment slug has no letter or digit to make an address of; write one, or leave the target empty to have it made from the title.',
      },
    ])
  })

  it('has an SEO title longer than search engines show', async () => {
    const long = await createStatement('Long SEO title statement', {
      meta: { title: 'A title for search engines' },
    })
    const xml = await fillTargets(await downloadXliff(french, long.id), (units) => {
      units.seoTitle.target =
        'Un titre bien trop long pour les moteurs de recherche, qui en coupent la fin'
    })
    await refused(() => upload(french, long.id, 'fr', xml), 422, [
      {
        segment: 'seoTitle',
        message: `SEO title is 76 characters; the limit is ${lengthLimits.seoTitle}.`,
      },
    ])
  })

  it('was made from English that has changed since', async () => {
    const xml = await fillTargets(await downloadXliff(french, statement.id))
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: {
        standfirst: 'A revised statement on cooperation with the Court.',
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
      context: { disableRevalidate: true },
    })
    await refused(() => upload(french, statement.id, 'fr', xml), 422, [
      {
        segment: null,
        message: 'The source text changed since this file was exported; download a new file.',
      },
    ])
  })
})

describe('who may download and upload', () => {
  let statement: Statement
  beforeAll(async () => {
    statement = await createStatement('Access rules statement')
  })

  it('asks anonymous visitors to log in', async () => {
    const response = await download(null, statement.id)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('<xliff')
  })

  it('refuses a translator another language, both ways', async () => {
    const response = await download(spanish, statement.id, 'fr')
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      errors: [{ message: 'You do not translate into this language.' }],
    })

    const before = await translationCount()
    const xml = await fillTargets(await downloadXliff(french, statement.id))
    const uploaded = await upload(spanish, statement.id, 'fr', xml)
    expect(uploaded.status).toBe(403)
    expect(await translationCount()).toBe(before)
  })

  it.each([
    ['statement=abc&locale=fr', /statement/],
    ['statement=1&locale=en', /language/],
    ['locale=fr', /statement/],
    ['statement=1', /language/],
  ])('answers 400 to ?%s', async (query, message) => {
    const response = await api(`translations/xliff?${query}`, french)
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(message)
  })

  it('answers 404 for a statement that does not exist', async () => {
    const response = await download(french, 99_999_999)
    expect(response.status).toBe(404)
    expect(
      (await upload(french, 99_999_999, 'fr', await downloadXliff(french, statement.id))).status,
    ).toBe(404)
  })

  it('refuses a file over 2 MB without reading it as XLIFF', async () => {
    const before = await translationCount()
    const huge = new Blob(['<xliff>', 'x'.repeat(2 * 1024 * 1024), '</xliff>'])
    const uploaded = await upload(french, statement.id, 'fr', huge)
    expect(uploaded.status).toBe(413)
    expect(uploaded.body.errors?.[0].message).toMatch(/larger than 2 MB/)
    expect(await translationCount()).toBe(before)
  })
})

describe('POST /api/translations/start', () => {
  it('opens a draft pre-filled with the English, and the same one the next time', async () => {
    // A standfirst of its own: the memory would fill one that another test had translated.
    const statement = await createStatement('Start button statement', {
      standfirst: 'A standfirst nobody has translated.',
    })
    const before = await translationCount()

    const id = startedId(await start(french, statement.id))
    const draft = await translation(id)
    expect(draft).toMatchObject({
      status: 'draft',
      locale: 'fr',
      title: 'Start button statement',
      standfirst: 'A standfirst nobody has translated.',
    })
    expect(idOf(draft.translator)).toBe(french.id)
    expect(idOf(draft.statement)).toBe(statement.id)
    // Pre-filled with the source body, so its link is there to translate over.
    expect(nodesOf(draft.body).find((node) => node.type === 'link')?.fields?.url).toBe(linkUrl)

    expect(startedId(await start(french, statement.id))).toBe(id)
    expect(await translationCount()).toBe(before + 1)
  })

  it('refuses a translator another language', async () => {
    const statement = await createStatement('Start refused statement')
    const response = await start(spanish, statement.id, 'fr')
    expect(response.status).toBe(403)
  })
})

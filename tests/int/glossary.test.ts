import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { termKeyOf } from '@/lib/glossary/entry'
import { glossaryDeviations } from '@/lib/glossary/match'
import { glossaryEntries } from '@/lib/glossary/read'
import { glossarySeed, seedGlossary } from '@/lib/seed/glossary'
import { lexicalDocument } from '@/lib/seed/lexical'
import type { SourceText } from '@/lib/translations/source'
import type { GlossaryTerm, User } from '@/payload-types'

import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let spanish: User
const tokens = new Map<number, string>()
/** The terms there before this file ran: everything else it made is deleted at the end. */
let termsBefore: number[] = []
const statements: number[] = []
const run = Date.now().toString(36)

const as = (user: User) => ({ user, overrideAccess: false as const })

const termsCalled = async (...terms: string[]) =>
  (
    await payload.find({
      collection: 'glossary-terms',
      where: { termKey: { in: terms.map(termKeyOf) } },
      sort: 'term',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const termCount = async () =>
  (await payload.count({ collection: 'glossary-terms', overrideAccess: true })).totalDocs

/** Rejected with `pattern` in the message or one of the field messages. */
async function refused(promise: Promise<unknown>, pattern: RegExp) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason as { message: string; data?: { errors?: { message: string }[] } },
  )
  expect(error, 'expected the write to be refused').not.toBeNull()
  expect(
    [error?.message, ...(error?.data?.errors?.map((item) => item.message) ?? [])].join(' | '),
  ).toMatch(pattern)
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'glossary-editor@example.org', ['editor'])
  spanish = await testUser(payload, 'glossary-spanish@example.org', ['translator'], ['es'])
  for (const user of [editor, spanish]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  termsBefore = docs.map((doc) => doc.id)
})

afterAll(async () => {
  await payload.delete({
    collection: 'glossary-terms',
    where: { id: { not_in: termsBefore } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'statements',
    where: { id: { in: statements } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('glossary terms', () => {
  it('are one per term whatever the case, with a translation in every language unless not translated', async () => {
    const term = `Trust Fund for Victims ${run}`
    await payload.create({
      collection: 'glossary-terms',
      data: { term, fr: 'Fonds au profit des victimes', es: 'Fondo Fiduciario', ar: 'الصندوق' },
      ...as(editor),
    })
    await refused(
      payload.create({
        collection: 'glossary-terms',
        data: { term: `  trust  FUND for victims ${run}`, fr: 'x', es: 'x', ar: 'x' },
        ...as(editor),
      }),
      /already in the glossary/,
    )
    await refused(
      payload.create({
        collection: 'glossary-terms',
        data: { term: `Registry ${run}`, fr: 'Greffe', es: 'Secretaría' },
        ...as(editor),
      }),
      /approved translation in this language/,
    )
    const kept = await payload.create({
      collection: 'glossary-terms',
      data: { term: `Amicus ${run}`, fr: 'Ami', doNotTranslate: true },
      ...as(editor),
    })
    expect(kept).toMatchObject({ doNotTranslate: true, fr: null, es: null, ar: null })
  })

  it('are read by translators and written by editors only', async () => {
    const { docs } = await payload.find({ collection: 'glossary-terms', ...as(spanish) })
    expect(docs.length).toBeGreaterThan(0)
    await refused(
      payload.create({
        collection: 'glossary-terms',
        data: { term: `Registrar ${run}`, fr: 'Greffier', es: 'Secretario', ar: 'المسجل' },
        ...as(spanish),
      }),
      /not allowed/,
    )
  })
})

describe('POST /api/glossary-terms/import', () => {
  const restPost = REST_POST(config)
  function post(user: User | null, text: string): Promise<Response> {
    const form = new FormData()
    form.append('file', new Blob([text], { type: 'text/csv' }), 'glossary.csv')
    const headers = new Headers()
    if (user) headers.set('Authorization', `JWT ${tokens.get(user.id)}`)
    const request = new Request('http://amicus.test/api/glossary-terms/import', {
      method: 'POST',
      body: form,
      headers,
    })
    return restPost(request, { params: Promise.resolve({ slug: ['glossary-terms', 'import'] }) })
  }
  const header = 'term,fr,es,ar,note,do_not_translate'
  const chamber = `Appeals Chamber ${run}`
  const presidency = `Presidency ${run}`

  it('refuses anonymous people and translators', async () => {
    expect((await post(null, header)).status).toBe(401)
    const translating = await post(spanish, header)
    expect(translating.status).toBe(403)
    expect(await translating.json()).toEqual({
      errors: [{ row: null, message: 'Only editors can import glossary terms.' }],
    })
  })

  it('imports nothing from a file with a bad row, and names every bad row', async () => {
    const before = await termCount()
    const response = await post(
      editor,
      [
        header,
        `${chamber},Chambre d’appel,Sala de Apelaciones,دائرة الاستئناف,,`,
        `${presidency},Présidence,,الرئاسة,,`,
        `Victims ${run},victimes,víctimas,الضحايا,,perhaps`,
      ].join('\n'),
    )
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      errors: [
        {
          row: 3,
          message: `Row 3: “${presidency}” has no translation in es: give one, or put “yes” in do_not_translate.`,
        },
        {
          row: 4,
          message: 'Row 4: do_not_translate must be “yes”, “no” or empty, not “perhaps”.',
        },
      ],
    })
    expect(await termCount()).toBe(before)
  })

  it('creates new terms and updates those already there, matched by term in any case', async () => {
    const first = await post(
      editor,
      [header, `${chamber},Chambre d’appel,Sala de Apelaciones,دائرة الاستئناف,,`].join('\n'),
    )
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ created: 1, updated: 0 })

    const second = await post(
      editor,
      [
        header,
        `${chamber.toUpperCase()},Chambre d’appel,Sala de Apelaciones,دائرة الاستئناف,Art. 34,`,
        `${presidency},Présidence,Presidencia,هيئة الرئاسة,,`,
      ].join('\n'),
    )
    expect(await second.json()).toEqual({ created: 1, updated: 1 })
    const [updated, created] = (await termsCalled(chamber, presidency)) as GlossaryTerm[]
    expect(updated).toMatchObject({ term: chamber.toUpperCase(), note: 'Art. 34' })
    expect(created).toMatchObject({ term: presidency, es: 'Presidencia', ar: 'هيئة الرئاسة' })
  })
})

describe('the glossary seed', () => {
  it('adds the reference statement’s terms once, and leaves an edited term as it is', async () => {
    await seedGlossary(payload)
    const seeded = await termsCalled(...glossarySeed.map((term) => term.term))
    expect(seeded.map((term) => term.term).sort()).toEqual(
      glossarySeed.map((term) => term.term).sort(),
    )
    const romeStatute = seeded.find((term) => term.term === 'Rome Statute')
    expect(romeStatute).toMatchObject({
      fr: 'Statut de Rome',
      es: 'Estatuto de Roma',
      ar: 'نظام روما الأساسي',
    })
    const impunity = seeded.find((term) => term.term === 'impunity')
    await payload.update({
      collection: 'glossary-terms',
      id: impunity?.id ?? 0,
      data: { note: 'Edited by an editor.' },
      ...as(editor),
    })
    expect(await seedGlossary(payload)).toBe(0)
    expect((await termsCalled('impunity'))[0]?.note).toBe('Edited by an editor.')
  })
})

describe('the glossary at review', () => {
  it('flags the segment of a submitted translation that lacks “Estatuto de Roma”, and says so to the editors', async () => {
    await seedGlossary(payload)
    const statement = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        title: `Glossary review ${run}`,
        standfirst: 'States Parties must act.',
        body: lexicalDocument([
          'The States Parties to the Rome Statute must cooperate.',
          'The Rome Statute is clear.',
        ]),
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'published',
      },
      ...as(editor),
    })
    statements.push(statement.id)
    const draft = await payload.create({
      collection: 'translations',
      data: {
        statement: statement.id,
        locale: 'es',
        title: `Revisión del glosario ${run}`,
        standfirst: 'Los Estados Partes deben actuar.',
        body: lexicalDocument([
          'Los Estados Partes del Estatuto de Roma deben cooperar.',
          'El tratado de Roma es claro.',
        ]),
        status: 'draft',
      },
      ...as(spanish),
    })
    const sendEmail = vi.spyOn(payload, 'sendEmail')
    const submitted = await payload.update({
      collection: 'translations',
      id: draft.id,
      data: { status: 'submitted' },
      ...as(spanish),
    })
    const deviations = glossaryDeviations(
      await glossaryEntries(payload),
      submitted.sourceSnapshot as SourceText,
      submitted,
      'es',
    )
    expect(deviations).toEqual([
      { segment: 'body.1', term: 'Rome Statute', approved: 'Estatuto de Roma' },
    ])
    expect(sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({
        subject: `Translation to review (Español): Glossary review ${run}`,
        text: expect.stringContaining('The glossary: 1 approved term(s) not found'),
      }),
    )
    sendEmail.mockRestore()
  })
})

import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'
import { createTranslator } from 'next-intl'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as signatoriesCsv } from '@/app/(frontend)/[locale]/signatories.csv/route'
import type { Locale } from '@/i18n/locales'
import { signatoriesData } from '@/lib/data/signatories'
import { signatoryColumns } from '@/lib/signatories/openData'
import { countByCountry, signatoriesOf } from '@/lib/signatories/view'
import type { Signatory, Statement, User } from '@/payload-types'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import fr from '@/messages/fr.json'

import { invalidatedSince, logEnd } from '../helpers/invalidationLog'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * Joint statements' signatories: who sees what (REST and GraphQL, anonymous, translator,
 * editor), the refusals (a second signature, a country or website that cannot be), the order and
 * count in each language, the open data's columns, and the tags a signature write records.
 */

let payload: Payload
let editor: User
let translator: User
const tokens = new Map<number, string>()
let published: Statement
let draft: Statement
const states = new Map<string, number>()
const createdStates: number[] = []
const org: Record<'zeta' | 'alpha' | 'emile' | 'pending' | 'draftOnly', Signatory> = {} as never
const context = { disableRevalidate: true }
const secretEmail = 'contact-secret@example.org'
const signerName = 'Secret Signer Name'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlPost = GRAPHQL_POST(config)

async function rest(method: keyof typeof handlers, path: string, user?: User, body?: object) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const headers = new Headers(body ? { 'content-type': 'application/json' } : {})
  if (user) headers.set('authorization', `JWT ${tokens.get(user.id)}`)
  const response = await handlers[method](
    new Request(url, { method, headers, body: body ? JSON.stringify(body) : undefined }),
    { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) },
  )
  return { status: response.status, text: await response.text() }
}

async function graphql(query: string, user?: User) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (user) headers.set('authorization', `JWT ${tokens.get(user.id)}`)
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return JSON.stringify(await response.json())
}

async function ensureState(iso2: string, names: Record<Locale, string>) {
  const { docs } = await payload.find({
    collection: 'states',
    where: { iso2: { equals: iso2 } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return states.set(iso2, docs[0].id)
  const state = await payload.create({
    collection: 'states',
    locale: 'en',
    data: { iso2, name: names.en },
    context,
  })
  for (const locale of ['fr', 'es', 'ar'] as const)
    await payload.update({
      collection: 'states',
      id: state.id,
      locale,
      data: { name: names[locale] },
      context,
    })
  createdStates.push(state.id)
  states.set(iso2, state.id)
}

async function signatory(names: Partial<Record<Locale, string>> & { en: string }, iso2: string) {
  const { en: name, ...others } = names
  const doc = await payload.create({
    collection: 'signatories',
    locale: 'en',
    data: { name, country: states.get(iso2) ?? 0, type: 'member', contactEmail: secretEmail },
    context,
  })
  for (const [locale, text] of Object.entries(others))
    await payload.update({
      collection: 'signatories',
      id: doc.id,
      locale: locale as Locale,
      data: { name: text },
      context,
    })
  return doc
}

const sign = (statement: number, signatoryId: number, status: 'requested' | 'verified') =>
  payload.create({
    collection: 'signatures',
    data: { statement, signatory: signatoryId, signedAt: '2026-03-02', status },
    user: editor,
    context,
  })

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'signatories-editor@example.org', ['editor'])
  translator = await testUser(payload, 'signatories-translator@example.org', ['translator'], ['fr'])
  for (const user of [editor, translator]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  await ensureState('KE', { en: 'Kenya', fr: 'Kenya', es: 'Kenia', ar: 'كينيا' })
  await ensureState('FR', { en: 'France', fr: 'France', es: 'Francia', ar: 'فرنسا' })
  const base = { kind: 'joint-letter' as const, publishedAt: '2026-03-01' }
  published = await payload.create({
    collection: 'statements',
    data: { ...base, title: 'Signed joint letter', _status: 'published' },
    context,
  })
  draft = await payload.create({
    collection: 'statements',
    data: { ...base, title: 'Unpublished joint letter', _status: 'draft' },
    draft: true,
    context,
  })
  org.zeta = await signatory({ en: 'Zeta Org', fr: 'Éclair Association', ar: 'ألف' }, 'KE')
  org.alpha = await signatory({ en: 'Alpha Org', fr: 'Zèbre', ar: 'ياء' }, 'FR')
  org.emile = await signatory({ en: 'Émile Group' }, 'FR')
  org.pending = await signatory({ en: 'Pending Org' }, 'KE')
  org.draftOnly = await signatory({ en: 'Draft Only Org' }, 'KE')
  for (const item of [org.zeta, org.alpha, org.emile]) await sign(published.id, item.id, 'verified')
  const pending = await sign(published.id, org.pending.id, 'requested')
  await payload.update({
    collection: 'signatures',
    id: pending.id,
    data: { signerName, requestEmail: secretEmail, confirmationTokenHash: 'hash-of-a-token' },
    context,
  })
  await sign(draft.id, org.draftOnly.id, 'verified')
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: [published.id, draft.id] } },
    context,
  })
  await payload.delete({
    collection: 'signatories',
    where: { id: { in: Object.values(org).map((item) => item.id) } },
    context,
  })
  if (createdStates.length)
    await payload.delete({ collection: 'states', where: { id: { in: createdStates } }, context })
  await payload.destroy()
})

const hidden = [secretEmail, signerName, 'hash-of-a-token', 'verifiedBy', 'confirmationTokenHash']

describe('who sees which signatures and organizations', () => {
  it('shows anonymous REST readers and translators verified signatures of published statements only', async () => {
    for (const user of [undefined, translator]) {
      const signatures = await rest('GET', 'signatures?limit=100&depth=0', user)
      expect(signatures.status).toBe(200)
      const docs = (JSON.parse(signatures.text) as { docs: { signatory: number }[] }).docs
      expect(docs.map((doc) => doc.signatory).sort()).toEqual(
        [org.zeta.id, org.alpha.id, org.emile.id].sort(),
      )
      const signatories = await rest('GET', 'signatories?limit=100&depth=0', user)
      const ids = (JSON.parse(signatories.text) as { docs: { id: number }[] }).docs.map(
        (doc) => doc.id,
      )
      expect(ids.sort()).toEqual([org.zeta.id, org.alpha.id, org.emile.id].sort())
      for (const text of [signatures.text, signatories.text])
        for (const secret of [...hidden, 'contactEmail', 'requestEmail', 'signerName'])
          expect(text).not.toContain(secret)
      expect((await rest('GET', `signatories/${org.pending.id}`, user)).status).toBe(404)
      expect((await rest('GET', `signatories/${org.draftOnly.id}`, user)).status).toBe(404)
    }
  })

  it('shows the same over GraphQL, with no contact, sign-on or verifier field', async () => {
    const body = await graphql(`
      {
        Signatures(limit: 100) {
          docs {
            id
            status
            signatory {
              id
            }
            signerName
            requestEmail
            verifiedBy {
              id
            }
            confirmedAt
          }
        }
        Signatories(limit: 100) {
          docs {
            id
            name
            contactEmail
          }
        }
      }
    `)
    for (const secret of [secretEmail, signerName, 'Pending Org', 'Draft Only Org'])
      expect(body).not.toContain(secret)
    expect(body).not.toContain('"requested"')
    for (const name of ['Zeta Org', 'Alpha Org', 'Émile Group']) expect(body).toContain(name)
  })

  it('shows editors everything but the confirmation token hash', async () => {
    const signatures = await rest('GET', 'signatures?limit=100&depth=0', editor)
    expect(signatures.text).toContain(signerName)
    expect(signatures.text).toContain('"verifiedBy"')
    expect(signatures.text).not.toContain('hash-of-a-token')
    expect(signatures.text).not.toContain('confirmationTokenHash')
    const signatories = await rest('GET', 'signatories?limit=100&depth=0', editor)
    expect(signatories.text).toContain(secretEmail)
    expect(signatories.text).toContain('Pending Org')
  })
})

describe('what a save refuses', () => {
  it('refuses a second signature of one statement by one organization (400, nothing stored)', async () => {
    const before = await payload.count({ collection: 'signatures' })
    const answer = await rest('POST', 'signatures', editor, {
      statement: published.id,
      signatory: org.zeta.id,
      signedAt: '2026-03-03',
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Zeta Org has already signed “Signed joint letter”')
    expect((await payload.count({ collection: 'signatures' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a country that is not a State and a website that is not a web address (400, nothing stored)', async () => {
    const before = (await payload.count({ collection: 'signatories' })).totalDocs
    const nowhere = await rest('POST', 'signatories', editor, {
      name: 'Nowhere Org',
      country: 999999,
      type: 'member',
    })
    expect(nowhere.status).toBe(400)
    expect(nowhere.text).toContain('No country has the id 999999')
    for (const website of ['javascript:alert(1)', 'example.org', 'ftp://example.org']) {
      const answer = await rest('POST', 'signatories', editor, {
        name: 'Bad Website Org',
        country: states.get('KE'),
        type: 'member',
        website,
      })
      expect(answer.status).toBe(400)
      expect(answer.text).toContain('The website must be a web address starting with https://')
    }
    expect((await payload.count({ collection: 'signatories' })).totalDocs).toBe(before)
    const country = states.get('KE')
    const refused = await rest('DELETE', `states/${country}`, editor)
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('This State is the country of')
    expect(
      (await payload.count({ collection: 'states', where: { id: { equals: country } } })).totalDocs,
    ).toBe(1)
  })

  it('stamps who verified and when, which a request cannot write', async () => {
    const item = await signatory({ en: 'Stamped Org' }, 'KE')
    const created = await rest('POST', 'signatures', editor, {
      statement: draft.id,
      signatory: item.id,
      signedAt: '2026-03-04',
      verifiedBy: translator.id,
    })
    const id = (JSON.parse(created.text) as { doc: { id: number } }).doc.id
    const verified = await rest('PATCH', `signatures/${id}?depth=0`, editor, { status: 'verified' })
    const doc = (JSON.parse(verified.text) as { doc: { verifiedBy: number; verifiedAt: string } })
      .doc
    expect(doc.verifiedBy).toBe(editor.id)
    expect(Date.now() - Date.parse(doc.verifiedAt)).toBeLessThan(60_000)
    await payload.delete({ collection: 'signatories', id: item.id, context })
  })
  it('makes the address from the English name once, and keeps it through a rename', async () => {
    const item = await signatory({ en: 'Renamed Órgano Collective' }, 'FR')
    expect(item.slug).toBe('renamed-organo-collective')
    const renamed = await rest('PATCH', `signatories/${item.id}?locale=en`, editor, {
      name: 'Another Name',
    })
    expect(renamed.status).toBe(200)
    expect((JSON.parse(renamed.text) as { doc: { slug: string } }).doc.slug).toBe(
      'renamed-organo-collective',
    )
    await payload.delete({ collection: 'signatories', id: item.id, context })
  })
})

describe('lists, counts and open data', () => {
  const messages = { en, fr, ar }
  it.each([
    ['en', ['Alpha Org', 'Émile Group', 'Zeta Org'], 'Signed by 3 organizations from 2 countries'],
    ['fr', ['Éclair Association', 'Émile Group', 'Zèbre'], 'Signée par 3 organisations de 2 pays'],
    ['ar', ['ألف', 'ياء', 'Émile Group'], 'وقّعت عليه 3 منظمات من بلدين'],
  ] as const)('lists and counts in %s, in its alphabet', async (locale, names, sentence) => {
    const entries = signatoriesOf(await signatoriesData(), published.id, locale)
    expect(entries.map((entry) => entry.name.text)).toEqual(names)
    expect(entries.find((entry) => entry.name.text === 'Émile Group')?.name.locale).toBe('en')
    const { organizations, countries } = countByCountry(entries, locale)
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'Signatories' })
    expect(t('count', { organizations, countries: countries.length })).toBe(sentence)
    expect(countries.map((country) => country.code).sort()).toEqual(['FR', 'KE'])
  })

  it('exports public fields only, one row per signature, with the documented columns', async () => {
    const response = await signatoriesCsv(
      new Request(`http://amicus.test/fr/signatories.csv?statement=${published.id}`),
      { params: Promise.resolve({ locale: 'fr' }) },
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    const [header] = parse(text) as string[][]
    expect(header).toEqual([...signatoryColumns])
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row.organization).sort()).toEqual(
      ['Zèbre', 'Éclair Association', 'Émile Group'].sort(),
    )
    expect(rows.find((row) => row.organization === 'Émile Group')?.organization_language).toBe('en')
    for (const secret of [...hidden, 'Pending Org', 'Draft Only Org'])
      expect(text).not.toContain(secret)
    const refused = await signatoriesCsv(
      new Request('http://amicus.test/fr/signatories.csv?country=France'),
      { params: Promise.resolve({ locale: 'fr' }) },
    )
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('two-letter country code')
  })
})

describe('what a signature write marks stale', () => {
  it('records the signatories tag (which every statement page reads) in the log when a signature is added, verified and deleted', async () => {
    const item = await signatory({ en: 'Late Org' }, 'FR')
    const tags = ['signatories']
    let end = await logEnd(payload)
    const added = await rest('POST', 'signatures', editor, {
      statement: published.id,
      signatory: item.id,
      signedAt: '2026-03-05',
    })
    const id = (JSON.parse(added.text) as { doc: { id: number } }).doc.id
    expect(await invalidatedSince(payload, end)).toEqual(expect.arrayContaining(tags))
    expect((await rest('GET', `signatories/${item.id}`)).status).toBe(404)

    end = await logEnd(payload)
    await rest('PATCH', `signatures/${id}`, editor, { status: 'verified' })
    expect(await invalidatedSince(payload, end)).toEqual(expect.arrayContaining(tags))
    expect((await rest('GET', `signatories/${item.id}`)).status).toBe(200)

    end = await logEnd(payload)
    expect((await rest('DELETE', `signatures/${id}`, editor)).status).toBe(200)
    expect(await invalidatedSince(payload, end)).toEqual(expect.arrayContaining(tags))
    expect((await rest('GET', `signatories/${item.id}`)).status).toBe(404)
    await payload.delete({ collection: 'signatories', id: item.id, context })
  })

  it('hides an organization whose only statement is unpublished, and deletes a deleted statement’s signatures', async () => {
    const item = await signatory({ en: 'Only Here Org' }, 'FR')
    const statement = await payload.create({
      collection: 'statements',
      data: {
        kind: 'joint-letter',
        publishedAt: '2026-03-01',
        title: 'Short-lived letter',
        _status: 'published',
      },
      context,
    })
    await sign(statement.id, item.id, 'verified')
    expect((await rest('GET', `signatories/${item.id}`)).status).toBe(200)
    await payload.update({
      collection: 'statements',
      id: statement.id,
      data: { _status: 'draft' },
      context,
    })
    expect((await rest('GET', `signatories/${item.id}`)).status).toBe(404)
    await payload.delete({ collection: 'statements', id: statement.id, context })
    const left = await payload.count({
      collection: 'signatures',
      where: { signatory: { equals: item.id } },
    })
    expect(left.totalDocs).toBe(0)
    await payload.delete({ collection: 'signatories', id: item.id, context })
  })
})

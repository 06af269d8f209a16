import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest'

import { GET as confirm } from '@/app/(frontend)/[locale]/sign/confirm/route'
import { POST as sign } from '@/app/(frontend)/[locale]/sign/route'
import { GET as signatoriesCsv } from '@/app/(frontend)/[locale]/signatories.csv/route'
import type { Locale } from '@/i18n/locales'
import { postgres } from '@/lib/db/postgres'
import { escapeHtml } from '@/lib/proxy/answers'
import { seedTrackerData } from '@/lib/seed/tracker'
import { formStamp } from '@/lib/signatories/formStamp'
import { closingDate, signOnTranslator } from '@/lib/signatories/signOnMessages'
import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let sendEmail: MockInstance<Payload['sendEmail']>
const context = { disableRevalidate: true }
const day = 24 * 60 * 60 * 1000
const statements: Record<'open' | 'closed' | 'notOpen', { id: number; closesAt: string | null }> =
  {} as never

async function statement(title: string, closesAt: string | null) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      kind: 'statement',
      publishedAt: '2026-01-05',
      _status: 'published',
      signatureClosesAt: closesAt,
    },
    context,
  })
  return { id: doc.id, closesAt }
}

let clientCount = 0
/** A client address of its own per request unless given, so the per-client limit stays out of the way. */
const freshClient = () => `192.0.2.${++clientCount}`

type Fields = Record<string, string>
const filled = (overrides: Fields = {}): Fields => ({
  statement: String(statements.open.id),
  stamp: formStamp(Date.now() - 5_000),
  nickname: '',
  organization: 'Coalition of Lawyers for Justice',
  country: 'SN',
  website: 'https://lawyers.example.org',
  type: 'member',
  email: 'contact@lawyers.signon.test',
  signerName: 'Awa Diop',
  signerRole: 'Executive Director',
  authorized: 'on',
  ...overrides,
})

async function post(locale: Locale, fields: Fields, client = freshClient()) {
  const body = new URLSearchParams(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  )
  const response = await sign(
    new Request(`http://amicus.test/${locale}/sign`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': client,
        origin: 'http://amicus.test',
      },
      body,
    }),
    { params: Promise.resolve({ locale }) },
  )
  return { status: response.status, html: await response.text(), headers: response.headers }
}

async function follow(link: string) {
  const url = new URL(link)
  const locale = url.pathname.split('/')[1] as Locale
  const response = await confirm(new Request(url), { params: Promise.resolve({ locale }) })
  return { status: response.status, html: await response.text() }
}

/** The confirmation link of the last email sent. */
const lastLink = () => {
  const text = String(sendEmail.mock.lastCall?.[0]?.text)
  return text.match(/https?:\/\/\S+\/sign\/confirm\?token=[\w-]+/)?.[0] ?? ''
}

const counts = async () => ({
  signatories: (await payload.count({ collection: 'signatories', overrideAccess: true })).totalDocs,
  signatures: (await payload.count({ collection: 'signatures', overrideAccess: true })).totalDocs,
})

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)
async function anonymousRest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const response = await restGet(new Request(url), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  return (await response.json()) as { docs: Record<string, unknown>[] }
}
async function anonymousGraphql(query: string) {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return JSON.stringify(await response.json())
}

/** The message a reader of `locale` gets for `key`, as the page writes it. */
const said = (
  locale: Locale,
  key: Parameters<ReturnType<typeof signOnTranslator>>[0],
  values = {},
) => escapeHtml(signOnTranslator(locale)(key, values))

beforeAll(async () => {
  payload = await getPayload({ config })
  await seedTrackerData(payload, { samples: false })
  editor = await testUser(payload, 'sign-on-editor@example.org', ['editor'])
  statements.open = await statement(
    'Joint letter on the Court’s budget',
    new Date(Date.now() + 30 * day).toISOString(),
  )
  statements.closed = await statement(
    'Closed joint letter',
    new Date(Date.now() - day).toISOString(),
  )
  statements.notOpen = await statement('Statement of the coalition alone', null)
  // An organization that already asked to sign the open statement.
  const known = await payload.create({
    collection: 'signatories',
    locale: 'en',
    data: {
      name: 'Fédération des juristes africains',
      country: (await payload.find({ collection: 'states', where: { iso2: { equals: 'CI' } } }))
        .docs[0].id,
      type: 'partner',
      contactEmail: 'known@juristes.signon.test',
    },
    overrideAccess: true,
    context,
  })
  await payload.create({
    collection: 'signatures',
    data: {
      statement: statements.open.id,
      signatory: known.id,
      signedAt: new Date().toISOString(),
      status: 'requested',
      requestEmail: 'known@juristes.signon.test',
      confirmedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context,
  })
  sendEmail = vi.spyOn(payload, 'sendEmail')
})

afterAll(async () => {
  vi.restoreAllMocks()
  const ours = Object.values(statements).map((item) => item.id)
  await payload.delete({
    collection: 'signatures',
    where: { statement: { in: ours } },
    overrideAccess: true,
    context,
  })
  await payload.delete({
    collection: 'signatories',
    where: { contactEmail: { like: 'signon.test' } },
    overrideAccess: true,
    context,
  })
  await payload.delete({
    collection: 'statements',
    where: { id: { in: Object.values(statements).map((item) => item.id) } },
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

describe('an organization asking to sign', () => {
  it('is stored as requested, sent one email with its link, hidden until confirmed and verified', async () => {
    const before = await counts()
    sendEmail.mockClear()
    const answer = await post('fr', filled())
    expect(answer.status).toBe(200)
    expect(answer.html).toContain(said('fr', 'sentTitle'))
    expect(sendEmail).toHaveBeenCalledTimes(1)
    const email = sendEmail.mock.calls[0][0]
    expect(email?.to).toBe('contact@lawyers.signon.test')
    expect(email?.subject).toBe(
      signOnTranslator('fr')('emailSubject', { title: 'Joint letter on the Court’s budget' }),
    )
    const link = lastLink()
    expect(link).toMatch(/\/fr\/sign\/confirm\?token=[\w-]{43}$/)
    expect(await counts()).toEqual({
      signatories: before.signatories + 1,
      signatures: before.signatures + 1,
    })

    const { docs } = await payload.find({
      collection: 'signatures',
      where: { statement: { equals: statements.open.id } },
      overrideAccess: true,
      showHiddenFields: true,
      depth: 1,
    })
    const signature = docs.find((doc) => doc.requestEmail === 'contact@lawyers.signon.test')!
    expect(signature).toMatchObject({
      status: 'requested',
      signerName: 'Awa Diop',
      signerRole: 'Executive Director',
      requestEmail: 'contact@lawyers.signon.test',
      confirmedAt: null,
    })
    // Only the hash of the emailed token is kept.
    const token = new URL(link).searchParams.get('token') ?? ''
    expect(JSON.stringify(signature)).not.toContain(token)
    expect(signature.signatory).toMatchObject({
      name: 'Coalition of Lawyers for Justice',
      contactEmail: 'contact@lawyers.signon.test',
      type: 'member',
    })

    const hidden = async () => {
      const signatures = await anonymousRest(
        `signatures?where[statement][equals]=${statements.open.id}`,
      )
      const signatories = await anonymousRest('signatories?limit=500')
      return { signatures: signatures.docs.length, listed: JSON.stringify(signatories) }
    }
    expect(await hidden()).toEqual({
      signatures: 0,
      listed: expect.not.stringContaining('Lawyers'),
    })

    const confirmed = await follow(link)
    expect(confirmed.status).toBe(200)
    expect(confirmed.html).toContain(said('fr', 'confirmedTitle'))
    // Editors are told that a confirmed request waits.
    expect(String(sendEmail.mock.lastCall?.[0]?.to)).toContain('sign-on-editor@example.org')
    const afterConfirm = await payload.findByID({
      collection: 'signatures',
      id: signature.id,
      overrideAccess: true,
    })
    expect(afterConfirm.confirmedAt).toBeTruthy()
    expect(afterConfirm.status).toBe('requested')
    expect(await hidden()).toEqual({
      signatures: 0,
      listed: expect.not.stringContaining('Lawyers'),
    })
    // The link followed again says the same, and changes nothing.
    expect((await follow(link)).status).toBe(200)

    await payload.update({
      collection: 'signatures',
      id: signature.id,
      data: { status: 'verified' },
      user: editor,
      overrideAccess: false,
    })
    const published = await anonymousRest(
      `signatures?where[statement][equals]=${statements.open.id}&depth=1`,
    )
    expect(published.docs).toHaveLength(1)
    const signatories = await anonymousRest('signatories?limit=500')
    expect(JSON.stringify(signatories)).toContain('Coalition of Lawyers for Justice')
    const graphql = await anonymousGraphql(
      `{ Signatures { docs { id status signatory { name website } } } Signatories { docs { name } } }`,
    )
    expect(graphql).toContain('Coalition of Lawyers for Justice')
    const csv = await (
      await signatoriesCsv(
        new Request(`http://amicus.test/en/signatories.csv?statement=${statements.open.id}`),
        { params: Promise.resolve({ locale: 'en' }) },
      )
    ).text()
    expect(csv).toContain('Coalition of Lawyers for Justice')
    // The confirmed but unverified request of another organization is not in it.
    expect(csv).not.toContain('juristes')
    for (const open of [JSON.stringify(published), JSON.stringify(signatories), graphql, csv]) {
      for (const secret of ['contact@lawyers.signon.test', 'Awa Diop', 'Executive Director'])
        expect(open).not.toContain(secret)
      expect(open).not.toMatch(
        /contactEmail|requestEmail|signerName|signerRole|confirmationTokenHash/,
      )
    }
  })

  it('keeps nothing when the confirmation email cannot be sent', async () => {
    const before = await counts()
    sendEmail.mockRejectedValueOnce(new Error('SMTP server unreachable'))
    const answer = await post(
      'en',
      filled({ organization: 'Unlucky Mail Org', email: 'unlucky@mail.signon.test' }),
    )
    expect(answer.status).toBe(503)
    expect(answer.html).toContain(said('en', 'problems.emailFailed'))
    expect(await counts()).toEqual(before)
  })
})

describe('a refused request stores and sends nothing', () => {
  const closedOn = (locale: Locale) =>
    closingDate(locale, statements.closed.closesAt ?? new Date().toISOString())

  const cases: {
    name: string
    fields: () => Fields
    status: number
    keys: (locale: Locale) => string[]
    keepsValues: boolean
  }[] = [
    {
      name: 'an unknown country, no authorization and a bad website',
      fields: () =>
        filled({
          organization: 'Refused Org One',
          email: 'one@refused.signon.test',
          country: 'XX',
          authorized: '',
          website: 'javascript:alert(1)',
        }),
      status: 422,
      keys: (locale) => [
        said(locale, 'problems.countryUnknown'),
        said(locale, 'problems.authorizationMissing'),
        said(locale, 'problems.websiteInvalid'),
      ],
      keepsValues: true,
    },
    {
      name: 'the honeypot filled',
      fields: () => filled({ organization: 'Bot Org', nickname: 'gotcha' }),
      status: 422,
      keys: (locale) => [said(locale, 'problems.honeypot')],
      keepsValues: false,
    },
    {
      name: 'a form sent at once',
      fields: () => filled({ organization: 'Hasty Org', stamp: formStamp() }),
      status: 422,
      keys: (locale) => [said(locale, 'problems.stampTooSoon')],
      keepsValues: false,
    },
    {
      name: 'a form two days old',
      fields: () => filled({ organization: 'Stale Org', stamp: formStamp(Date.now() - 2 * day) }),
      status: 422,
      keys: (locale) => [said(locale, 'problems.stampExpired')],
      keepsValues: false,
    },
    {
      name: 'a statement that is not open for signature',
      fields: () => filled({ organization: 'Early Org', statement: String(statements.notOpen.id) }),
      status: 409,
      keys: (locale) => [said(locale, 'problems.notOpen')],
      keepsValues: false,
    },
    {
      name: 'a statement whose signatures closed',
      fields: () => filled({ organization: 'Late Org', statement: String(statements.closed.id) }),
      status: 410,
      keys: (locale) => [said(locale, 'problems.closed', { date: closedOn(locale) })],
      keepsValues: false,
    },
    {
      name: 'a second request for the same organization, spelled otherwise',
      fields: () =>
        filled({
          organization: 'FEDERATION des juristes, africains!',
          email: 'other@x.signon.test',
        }),
      status: 409,
      keys: (locale) => [said(locale, 'problems.duplicate')],
      keepsValues: true,
    },
  ]

  for (const refused of cases) {
    it.each(['en', 'fr', 'ar'] as const)(`${refused.name} (%s)`, async (locale) => {
      const before = await counts()
      sendEmail.mockClear()
      const base = refused.fields()
      const fields: Fields = { ...base, email: `${locale}-${base.email}` }
      const answer = await post(locale, fields)
      expect(answer.status).toBe(refused.status)
      for (const message of refused.keys(locale)) expect(answer.html).toContain(message)
      expect(answer.html).toContain(
        `<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`,
      )
      expect(answer.html.includes(escapeHtml(fields.organization))).toBe(refused.keepsValues)
      expect(sendEmail).not.toHaveBeenCalled()
      expect(await counts()).toEqual(before)
    })
  }
})

describe('confirmation links', () => {
  const ageRequest = (email: string, days: number) =>
    postgres(payload).drizzle.execute(
      sql`UPDATE signatures SET created_at = now() - make_interval(days => ${days}) WHERE request_email = ${email}`,
    )

  it('answer 404 for a token that is not ours, and 410 once expired; a new request may then replace it', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const unknown = await follow(
        `http://amicus.test/${locale}/sign/confirm?token=${'A'.repeat(43)}`,
      )
      expect(unknown.status).toBe(404)
      expect(unknown.html).toContain(said(locale, 'invalid'))
      expect((await follow(`http://amicus.test/${locale}/sign/confirm?token=../x`)).status).toBe(
        404,
      )
    }

    const fields = filled({ organization: 'Slow Readers Union', email: 'slow@readers.signon.test' })
    expect((await post('ar', fields)).status).toBe(200)
    const link = lastLink()
    await ageRequest('slow@readers.signon.test', 8)
    const expired = await follow(link)
    expect(expired.status).toBe(410)
    expect(expired.html).toContain(said('ar', 'expired'))
    expect(expired.html).toContain('dir="rtl"')

    // The lapsed request is replaced by the new one, under the same organization.
    const before = await counts()
    expect((await post('en', fields)).status).toBe(200)
    expect(await counts()).toEqual(before)
    expect((await follow(lastLink())).status).toBe(200)
    expect((await follow(link)).status).toBe(404)
  })
})

describe('rate limits', () => {
  it('allow 3 requests an hour per email address', async () => {
    const email = 'busy@limits.signon.test'
    for (let index = 0; index < 3; index++)
      expect(
        (await post('en', filled({ organization: `Email Limit Org ${index}`, email }))).status,
      ).toBe(200)
    const before = await counts()
    sendEmail.mockClear()
    const refused = await post(
      'fr',
      filled({ organization: 'Email Limit Org 3', email: email.toUpperCase() }),
    )
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(refused.html).toContain(said('fr', 'problems.rateLimited', { minutes: 60 }))
    expect(await counts()).toEqual(before)
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('allow 10 requests an hour per client address', async () => {
    const client = '198.51.100.77'
    for (let index = 0; index < 10; index++) {
      const fields = filled({
        organization: `Client Limit Org ${index}`,
        email: `c${index}@limits.signon.test`,
      })
      expect((await post('en', fields, client)).status).toBe(200)
    }
    const before = await counts()
    const refused = await post(
      'ar',
      filled({ organization: 'Client Limit Org 10', email: 'c10@limits.signon.test' }),
      client,
    )
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(refused.html).toContain('dir="rtl"')
    // Refused for its address, the form comes back as typed.
    expect(refused.html).toContain('Client Limit Org 10')
    expect(await counts()).toEqual(before)
    // Another address is not held back.
    const other = filled({ organization: 'Client Limit Org 11', email: 'c11@limits.signon.test' })
    expect((await post('en', other, '198.51.100.78')).status).toBe(200)
  })
})

import config from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { trackerData } from '@/lib/data/reactions'
import type { Reaction, User } from '@/payload-types'

import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * A change readers would see to a verified reaction needs a public reason and is logged; the log
 * is written by the server only, whatever an editor sends over the API.
 */

let payload: Payload
let editor: User
let token = ''
let stateId = 0
const created: number[] = []
const context = { disableRevalidate: true }

const restPatch = REST_PATCH(config)
const restPost = REST_POST(config)

type Reply = {
  status: number
  body: {
    doc?: Reaction
    errors?: { name?: string; data?: { errors?: { path: string; message: string }[] } }[]
  }
}

async function rest(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<Reply> {
  const url = new URL(`http://amicus.test/api/${path}`)
  const handler = method === 'POST' ? restPost : restPatch
  const response = await handler(
    new Request(url, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    }),
    { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) },
  )
  return { status: response.status, body: await response.json() }
}

let serial = 0
async function reaction(verified: boolean) {
  serial += 1
  const doc = await payload.create({
    collection: 'reactions',
    data: {
      actors: [{ relationTo: 'states', value: stateId }],
      date: '2025-01-10',
      stance: 'supports',
      quote: 'We stand by the Court.',
      sourceUrl: `https://example.org/corrections-${serial}`,
      sourceTitle: 'Correction test source',
      verified,
    },
    context,
  })
  created.push(doc.id)
  return doc
}

const stored = (id: number) =>
  payload.findByID({ collection: 'reactions', id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'corrections-editor@example.org', ['editor'])
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: 'test-password-123' },
  })
  token = login.token ?? ''
  const { docs } = await payload.find({
    collection: 'states',
    where: { iso2: { equals: 'CL' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  stateId =
    docs[0]?.id ??
    (
      await payload.create({
        collection: 'states',
        locale: 'en',
        data: { iso2: 'CL', name: 'Chile' },
        overrideAccess: true,
        context,
      })
    ).id
})

afterAll(async () => {
  await payload.delete({
    collection: 'reactions',
    where: { id: { in: created } },
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

describe('correcting a verified reaction', () => {
  it('refuses a change of stance without a reason: 400 naming the field, nothing stored', async () => {
    const doc = await reaction(true)
    const reply = await rest('PATCH', `reactions/${doc.id}`, {
      stance: 'concern',
      sourceTitle: 'A new title',
    })
    expect(reply.status).toBe(400)
    const [error] = reply.body.errors ?? []
    expect(error.name).toBe('ValidationError')
    expect(error.data?.errors).toEqual([
      expect.objectContaining({
        path: 'correctionReason',
        message:
          'This reaction is public: changing its stance needs a reason for the correction, which readers will see.',
      }),
    ])
    const after = await stored(doc.id)
    expect(after.stance).toBe('supports')
    expect(after.sourceTitle).toBe('Correction test source')
    expect(after.corrections).toEqual([])

    const blank = await rest('PATCH', `reactions/${doc.id}`, {
      date: '2025-01-11',
      sourceUrl: 'https://example.org/elsewhere',
      correctionReason: '   ',
    })
    expect(blank.status).toBe(400)
    expect(blank.body.errors?.[0].data?.errors?.[0].message).toContain('date, source address')

    // The local API (trusted code, access not checked) is held to the same rule.
    await expect(
      payload.update({ collection: 'reactions', id: doc.id, data: { stance: 'opposes' }, context }),
    ).rejects.toThrow(ValidationError)
    expect((await stored(doc.id)).stance).toBe('supports')
  })

  it('logs the change with its reason and the day, newest shown first to readers', async () => {
    const doc = await reaction(true)
    const first = await rest('PATCH', `reactions/${doc.id}?locale=en`, {
      stance: 'concern',
      correctionReason: 'The statement expressed concern, not support.',
    })
    expect(first.status).toBe(200)
    const second = await rest('PATCH', `reactions/${doc.id}?locale=fr`, {
      quote: 'We stand by the Court, firmly.',
      correctionReason: 'La citation était incomplète.',
    })
    expect(second.status).toBe(200)

    const after = await stored(doc.id)
    expect(after.stance).toBe('concern')
    // Each reason is kept in the language it was written in, through later saves in others.
    const all = await payload.findByID({
      collection: 'reactions',
      id: doc.id,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    expect(all.corrections?.map(({ fields, reason }) => ({ fields, reason }))).toEqual([
      { fields: ['stance'], reason: { en: 'The statement expressed concern, not support.' } },
      { fields: ['quote'], reason: { fr: 'La citation était incomplète.' } },
    ])
    const correctedAt = Date.parse(after.corrections?.[0].correctedAt ?? '')
    expect(Math.abs(Date.now() - correctedAt)).toBeLessThan(60_000)

    // Readers get every reason, newest first, in their language or the one it was written in.
    const [english, french] = await Promise.all([trackerData('en'), trackerData('fr')])
    const shown = (data: typeof english) =>
      data.reactions
        .find((item) => item.id === doc.id)
        ?.corrections.map(({ reason, reasonLocale }) => [reason, reasonLocale])
    expect(shown(english)).toEqual([
      ['La citation était incomplète.', 'fr'],
      ['The statement expressed concern, not support.', 'en'],
    ])
    expect(shown(french)).toEqual([
      ['La citation était incomplète.', 'fr'],
      ['The statement expressed concern, not support.', 'en'],
    ])
  })

  it('asks nothing for other fields, a day re-sent at another hour, or an unverified reaction', async () => {
    const verified = await reaction(true)
    const other = await rest('PATCH', `reactions/${verified.id}`, {
      sourceTitle: 'A better title',
      summary: 'A summary',
      date: '2025-01-10T15:00:00.000Z',
    })
    expect(other.status).toBe(200)
    expect((await stored(verified.id)).corrections).toEqual([])

    const draft = await reaction(false)
    const edit = await rest('PATCH', `reactions/${draft.id}`, {
      stance: 'condemns',
      sourceUrl: 'https://example.org/corrections-draft-moved',
    })
    expect(edit.status).toBe(200)
    const after = await stored(draft.id)
    expect(after.stance).toBe('condemns')
    expect(after.corrections).toEqual([])
  })

  it('does not let an editor write, alter or remove log entries over the API', async () => {
    const forged = {
      correctedAt: '2020-01-01T00:00:00.000Z',
      fields: ['stance'],
      reason: 'Forged',
    }
    const create = await rest('POST', 'reactions', {
      actors: [{ relationTo: 'states', value: stateId }],
      date: '2025-02-01',
      stance: 'supports',
      sourceUrl: 'https://example.org/corrections-forged',
      sourceTitle: 'Forged log',
      verified: true,
      corrections: [forged],
    })
    expect(create.status).toBe(201)
    const createdId = create.body.doc?.id ?? 0
    created.push(createdId)
    expect((await stored(createdId)).corrections).toEqual([])

    const doc = await reaction(true)
    await rest('PATCH', `reactions/${doc.id}`, {
      stance: 'concern',
      correctionReason: 'The real reason.',
    })
    const logged = (await stored(doc.id)).corrections ?? []
    expect(logged).toHaveLength(1)

    const alter = await rest('PATCH', `reactions/${doc.id}`, {
      corrections: [{ ...logged[0], reason: 'Rewritten' }, forged],
    })
    expect(alter.status).toBe(200)
    const remove = await rest('PATCH', `reactions/${doc.id}`, { corrections: [] })
    expect(remove.status).toBe(200)
    expect((await stored(doc.id)).corrections).toEqual(logged)
  })
})

import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openPressPreview, releasedStatement } from '@/lib/data/pressPreview'
import { guardPressPreview } from '@/lib/proxy/pressPreview'
import type { PreviewLink, Release, Statement, User } from '@/payload-types'

import { acceptTranslationOf, draftStatement, scheduleRelease } from '../helpers/releases'

let payload: Payload
let editor: User
let translator: User
let statement: Statement
let release: Release
const context = { disableRevalidate: true }
const marker = 'Embargoed preview'
const inADay = () => new Date(Date.now() + 86_400_000).toISOString()

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

/** A REST GET as an anonymous visitor, through the route handler Next serves. */
async function rest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const response = await restGet(new Request(url), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: await response.text() }
}

async function graphql(query: string) {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return response.text()
}

const makeLink = (data: Partial<PreviewLink>) =>
  payload.create({
    collection: 'preview-links',
    data: {
      release: release.id,
      locale: 'all',
      note: 'Agence test',
      expiresAt: inADay(),
      ...data,
    },
    user: editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await getPayload({ config })
  const user = (data: Partial<User> & Pick<User, 'email' | 'roles'>) =>
    payload.create({
      collection: 'users',
      data: { password: 'a-long-test-password', ...data },
      overrideAccess: true,
    })
  editor = await user({ email: 'preview-editor@example.org', roles: ['editor'] })
  translator = await user({
    email: 'preview-translator@example.org',
    roles: ['translator'],
    languages: ['fr'],
  })
  statement = await draftStatement(payload, editor, marker)
  await acceptTranslationOf(payload, editor, statement.id, 'fr', marker)
  release = await scheduleRelease(payload, editor, {
    title: 'Preview test release',
    moment: new Date(Date.now() + 86_400_000),
    statements: [{ statement: statement.id, languages: ['en', 'fr'] }],
  })
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    id: statement.id,
    overrideAccess: true,
    context,
  })
  await payload.delete({
    collection: 'users',
    where: { id: { in: [editor.id, translator.id] } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('press preview links', () => {
  it('get a random token on the server, found by its hash, that editors read and nobody sets', async () => {
    const link = await makeLink({ token: 'chosen-by-the-request', tokenHash: 'chosen' })
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.tokenHash).toBeUndefined()
    const another = await makeLink({})
    expect(another.token).not.toBe(link.token)
    const stored = await payload.findByID({
      collection: 'preview-links',
      id: link.id,
      overrideAccess: true,
    })
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.tokenHash).not.toBe('chosen')
  })

  it('must expire after now', async () => {
    await expect(
      makeLink({ expiresAt: new Date(Date.now() - 60_000).toISOString() }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'expiresAt', message: expect.stringMatching(/expire after now/) }] },
    })
  })

  it('open the release in their language, privately, as it will be published, and refuse the others with a 403 in the reader’s language', async () => {
    const link = await makeLink({ locale: 'fr' })
    const open = await guardPressPreview('fr', link.token ?? '')
    expect(open.headers.get('x-middleware-next')).toBe('1')
    expect(open.headers.get('cache-control')).toBe('private, no-store')
    expect(open.headers.get('x-robots-tag')).toBe('noindex')
    const preview = await openPressPreview(link.token ?? '', 'fr')
    if (preview?.standing !== 'open')
      throw new Error(`The link does not open: ${preview?.standing}`)
    expect(preview.release.statementIds).toEqual([statement.id])
    const french = await releasedStatement(preview.release, 'fr', statement.id)
    expect(french?.title).toBe(`${marker} fr title`)
    expect(french?.standfirst).toBe(`${marker} fr standfirst.`)
    expect(JSON.stringify(french?.body)).toContain(`${marker} fr text.`)

    const english = await guardPressPreview('en', link.token ?? '')
    expect(english.status).toBe(403)
    expect(english.headers.get('cache-control')).toBe('private, no-store')
    expect(await english.text()).toContain('Not in this language')
    // A link to every language opens only those the release has.
    const all = await makeLink({ locale: 'all' })
    expect((await guardPressPreview('es', all.token ?? '')).status).toBe(403)
    expect((await guardPressPreview('en', all.token ?? '')).status).toBe(200)
    const both = await openPressPreview(all.token ?? '', 'en')
    if (both?.standing !== 'open') throw new Error('The link to every language does not open')
    expect((await releasedStatement(both.release, 'en', statement.id))?.title).toBe(
      `${marker} English title`,
    )
  })

  it('answers an unknown token with a 404, an expired link with a 410, a revoked one with a 410 for good', async () => {
    for (const token of ['x'.repeat(43), 'short', '../../etc'])
      expect((await guardPressPreview('en', token)).status, token).toBe(404)

    const expiring = await makeLink({})
    // An expiry in the past cannot be saved: time passes in the database instead.
    await payload.db.updateOne({
      collection: 'preview-links',
      id: expiring.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const expired = await guardPressPreview('ar', expiring.token ?? '')
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('انتهت صلاحية رابط المعاينة')

    const link = await makeLink({})
    const revoked = await payload.update({
      collection: 'preview-links',
      id: link.id,
      data: { revoked: true },
      user: editor,
      overrideAccess: false,
    })
    expect(revoked.revokedAt).toBeTruthy()
    const answer = await guardPressPreview('es', link.token ?? '')
    expect(answer.status).toBe(410)
    expect(await answer.text()).toContain('Enlace de vista previa revocado')
    const unrevoked = await payload.update({
      collection: 'preview-links',
      id: link.id,
      data: { revoked: false },
      user: editor,
      overrideAccess: false,
    })
    expect(unrevoked.revoked).toBe(true)
    expect(unrevoked.revokedAt).toBe(revoked.revokedAt)
    expect((await guardPressPreview('es', link.token ?? '')).status).toBe(410)
  })

  it('are hidden from anonymous visitors (REST and GraphQL) and translators', async () => {
    const link = await makeLink({})
    for (const path of ['preview-links', `preview-links/${link.id}`]) {
      const { status, body } = await rest(path)
      expect(status, path).toBe(403)
      expect(body, path).not.toContain(link.token ?? '')
    }
    const answer = await graphql('{ PreviewLinks { docs { id token note } } }')
    expect(answer).toMatch(/not allowed/i)
    expect(answer).not.toContain(link.token ?? '')
    await expect(
      payload.find({ collection: 'preview-links', user: translator, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    const asEditor = await payload.find({
      collection: 'preview-links',
      user: editor,
      overrideAccess: false,
      where: { id: { equals: link.id } },
    })
    expect(asEditor.docs[0]?.token).toBe(link.token)
    expect(asEditor.docs[0]?.tokenHash).toBeUndefined()
  })

  it('go with their release when it is deleted', async () => {
    const links = await payload.count({
      collection: 'preview-links',
      where: { release: { equals: release.id } },
    })
    expect(links.totalDocs).toBeGreaterThan(0)
    await payload.delete({ collection: 'releases', id: release.id, user: editor, context })
    const left = await payload.count({
      collection: 'preview-links',
      where: { release: { equals: release.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})

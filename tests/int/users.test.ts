import config from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { env } from '@/lib/env'
import { ensureAdmin } from '@/lib/seed'

let payload: Payload
const created: number[] = []

async function makeUser(data: Pick<User, 'email' | 'roles'> & Partial<User>): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: { password: 'a-long-test-password', ...data },
    overrideAccess: true,
  })
  created.push(user.id)
  return user
}

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.delete({
    collection: 'users',
    where: { id: { in: created } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('users', () => {
  it('hides every account, and so every email, from anonymous visitors', async () => {
    await makeUser({ email: 'hidden-editor@example.org', roles: ['editor'] })
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('shows people their own account only, unless they are admins', async () => {
    const editor = await makeUser({ email: 'self-editor@example.org', roles: ['editor'] })
    await makeUser({
      email: 'other-translator@example.org',
      roles: ['translator'],
      languages: ['fr'],
    })
    const admin = await makeUser({ email: 'viewing-admin@example.org', roles: ['admin'] })

    const asEditor = await payload.find({
      collection: 'users',
      user: editor,
      overrideAccess: false,
      limit: 100,
    })
    expect(asEditor.docs.map((user) => user.email)).toEqual(['self-editor@example.org'])

    const asAdmin = await payload.find({
      collection: 'users',
      user: admin,
      overrideAccess: false,
      limit: 100,
    })
    expect(asAdmin.docs.map((user) => user.email)).toEqual(
      expect.arrayContaining(['self-editor@example.org', 'other-translator@example.org']),
    )
  })

  it('lets only admins create accounts', async () => {
    const translator = await makeUser({
      email: 'creator-translator@example.org',
      roles: ['translator'],
      languages: ['fr'],
    })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'smuggled@example.org', password: 'a-long-test-password', roles: ['admin'] },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('never lets people raise their own role or change their languages', async () => {
    const translator = await makeUser({
      email: 'ambitious@example.org',
      roles: ['translator'],
      languages: ['es'],
    })
    const updated = await payload.update({
      collection: 'users',
      id: translator.id,
      data: { roles: ['admin'], languages: ['fr', 'ar'], name: 'New name' },
      user: translator,
      overrideAccess: false,
    })
    expect(updated.name).toBe('New name')
    expect(updated.roles).toEqual(['translator'])
    expect(updated.languages).toEqual(['es'])
  })

  it('creates the first admin once and keeps an existing password', async () => {
    const first = await ensureAdmin(payload, { email: 'first-admin@example.org' })
    expect(first.created).toBe(true)
    expect(first.password).toMatch(/^\S{12,}$/)
    const again = await ensureAdmin(payload, {
      email: 'first-admin@example.org',
      password: 'another-password-123',
    })
    expect(again.created).toBe(false)
    expect(again.user.email).toBe('first-admin@example.org')
    expect(again.password).toBeUndefined()

    const login = await payload.login({
      collection: 'users',
      data: { email: 'first-admin@example.org', password: first.password! },
    })
    expect(login.user?.roles).toEqual(['admin'])
    if (login.user) created.push(login.user.id)
  })

  it('locks an account after five wrong passwords, and limits sign-in attempts per network', async () => {
    const login = REST_POST(config)
    const attempt = (email: string, password: string, address: string) =>
      login(
        new Request('http://amicus.test/api/users/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email, password }),
        }),
        { params: Promise.resolve({ slug: ['users', 'login'] }) },
      )
    const target = await makeUser({
      email: 'guessed@example.org',
      roles: ['editor'],
      password: 'the-right-password-1',
    })
    for (let guess = 0; guess < 5; guess++)
      expect((await attempt(target.email, `wrong-${guess}`, '192.0.2.10')).status).toBe(401)
    const locked = await attempt(target.email, 'the-right-password-1', '192.0.2.11')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/locked/i)

    // One address trying many accounts is stopped after LOGIN_ATTEMPTS_PER_15_MINUTES, whatever the accounts.
    for (let guess = 0; guess < env.LOGIN_ATTEMPTS_PER_15_MINUTES; guess++) {
      expect(
        (await attempt(`nobody-${guess}@example.org`, 'a-guess-123456', '192.0.2.99')).status,
      ).toBe(401)
    }
    const limited = await attempt('someone@example.org', 'a-guess-123456', '192.0.2.99')
    expect(limited.status).toBe(429)
    expect(JSON.stringify(await limited.json())).toContain('Too many sign-in attempts')
    expect((await attempt('someone@example.org', 'a-guess-123456', '192.0.2.100')).status).toBe(401)
  })

  it('gives every translator at least one language to translate into, never the original’s', async () => {
    const admin = await makeUser({ email: 'languages-admin@example.org', roles: ['admin'] })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: admin.email, password: 'a-long-test-password' },
    })
    const rest = async (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => {
      const handler = method === 'POST' ? REST_POST(config) : REST_PATCH(config)
      const response = await handler(
        new Request(`http://amicus.test/api/${path}`, {
          method,
          headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ slug: path.split('/') }) },
      )
      return {
        status: response.status,
        body: (await response.json()) as {
          errors?: { data?: { errors?: { path: string; message: string }[] } }[]
          doc?: User
        },
      }
    }
    const fieldErrors = (reply: Awaited<ReturnType<typeof rest>>) =>
      reply.body.errors?.[0].data?.errors

    const noLanguage = await rest('POST', 'users', {
      email: 'no-language@example.org',
      password: 'a-long-test-password',
      roles: ['translator'],
    })
    expect(noLanguage.status).toBe(400)
    expect(fieldErrors(noLanguage)).toEqual([
      expect.objectContaining({
        path: 'languages',
        message: 'A translator translates into at least one language: choose it.',
      }),
    ])

    const english = await rest('POST', 'users', {
      email: 'english@example.org',
      password: 'a-long-test-password',
      roles: ['translator'],
      languages: ['en', 'fr'],
    })
    expect(english.status).toBe(400)
    expect(fieldErrors(english)?.map((error) => error.path)).toEqual(['languages'])
    expect(
      await payload.count({
        collection: 'users',
        where: { email: { in: ['no-language@example.org', 'english@example.org'] } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })

    // A translator keeps a language; an editor needs none.
    const translator = await makeUser({
      email: 'keeps-language@example.org',
      roles: ['translator'],
      languages: ['ar'],
    })
    const emptied = await rest('PATCH', `users/${translator.id}`, { languages: [] })
    expect(emptied.status).toBe(400)
    expect(fieldErrors(emptied)?.map((error) => error.path)).toEqual(['languages'])
    const editor = await rest('PATCH', `users/${translator.id}`, {
      roles: ['editor'],
      languages: [],
    })
    expect(editor.status).toBe(200)
    expect(editor.body.doc).toMatchObject({ roles: ['editor'], languages: [] })
  })
})

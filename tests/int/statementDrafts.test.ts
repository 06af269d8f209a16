import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

let payload: Payload
let editor: User
const restPost = REST_POST(config)

const untitledCount = async () =>
  (
    await payload.count({
      collection: 'statements',
      where: { title: { exists: false } },
      locale: 'en',
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'drafts-editor@example.org', ['editor'])
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { title: { like: 'Draft rule' } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('statement drafts', () => {
  it('saves no draft without a title, as the admin’s autosave would on opening "Create new"', async () => {
    const before = await untitledCount()
    await expect(
      payload.create({
        collection: 'statements',
        data: {},
        draft: true,
        locale: 'en',
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/title/i)
    expect(await untitledCount()).toBe(before)
  })

  it('answers an untitled draft over REST with a 400 naming the title', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'test-password-123' },
    })
    const response = await restPost(
      new Request('http://amicus.test/api/statements?draft=true&locale=en', {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ _status: 'draft' }),
      }),
      { params: Promise.resolve({ slug: ['statements'] }) },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('A statement needs a title.')
  })

  it('saves a titled draft, and refuses an autosave that empties its title', async () => {
    const draft = await payload.create({
      collection: 'statements',
      data: { title: 'Draft rule check' },
      draft: true,
      locale: 'en',
      user: editor,
      overrideAccess: false,
    })
    expect(draft._status).toBe('draft')
    await expect(
      payload.update({
        collection: 'statements',
        id: draft.id,
        data: { title: '' },
        draft: true,
        autosave: true,
        locale: 'en',
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/title/i)
    const kept = await payload.findByID({
      collection: 'statements',
      id: draft.id,
      draft: true,
      locale: 'en',
      overrideAccess: true,
    })
    expect(kept.title).toBe('Draft rule check')
  })
})

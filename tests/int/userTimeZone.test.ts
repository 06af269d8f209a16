import config from '@payload-config'
import { REST_PATCH } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

let payload: Payload
let editor: User
const restPatch = REST_PATCH(config)

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'time-zone-editor@example.org', ['editor'])
})

afterAll(async () => {
  await payload.destroy()
})

const setOwnZone = (timeZone: string | null) =>
  payload.update({
    collection: 'users',
    id: editor.id,
    data: { timeZone },
    user: editor,
    overrideAccess: false,
  })

describe('a person’s time zone', () => {
  it('is saved by its owner when it is an IANA zone, and may be emptied', async () => {
    // Runtimes name some zones differently (Asia/Calcutta, Asia/Kolkata): both spellings are zones.
    for (const zone of [
      'Europe/Paris',
      'America/Argentina/Buenos_Aires',
      'Asia/Kolkata',
      'Asia/Calcutta',
    ]) {
      expect((await setOwnZone(zone)).timeZone).toBe(zone)
    }
    expect((await setOwnZone('UTC')).timeZone).toBe('UTC')
    expect((await setOwnZone(null)).timeZone ?? null).toBeNull()
  })

  it('refuses a name that is no time zone, with a message naming it', async () => {
    await setOwnZone('Europe/Paris')
    for (const wrong of ['Europe/Pariss', 'GMT+2', '+02:00', 'europe/paris']) {
      await expect(setOwnZone(wrong)).rejects.toThrow(/time zone/i)
    }
    const kept = await payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: true,
    })
    expect(kept.timeZone).toBe('Europe/Paris')
  })

  it('answers a wrong zone over REST with a 400', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'test-password-123' },
    })
    const response = await restPatch(
      new Request(`http://amicus.test/api/users/${editor.id}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ timeZone: 'Mars/Olympus_Mons' }),
      }),
      { params: Promise.resolve({ slug: ['users', String(editor.id)] }) },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      '\\"Mars/Olympus_Mons\\" is not a time zone',
    )
  })
})

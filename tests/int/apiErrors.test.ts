import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testUser } from '../helpers/translations'

let payload: Payload
let token: string
const restGet = REST_GET(config)

async function get(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const response = await restGet(new Request(url, { headers: { authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  return { status: response.status, body: JSON.stringify(await response.json()) }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const admin = await testUser(payload, 'api-errors-admin@example.org', ['admin'])
  token =
    (
      await payload.login({
        collection: 'users',
        data: { email: admin.email, password: 'test-password-123' },
      })
    ).token ?? ''
})

afterAll(async () => {
  await payload.destroy()
})

describe('the REST API', () => {
  it('answers 404 for the versions of a collection that keeps none, ours or Payload’s', async () => {
    for (const slug of ['topics', 'users', 'payload-locked-documents']) {
      expect(await get(`${slug}/versions`)).toEqual({
        status: 404,
        body: JSON.stringify({ errors: [{ message: `${slug} keeps no versions.` }] }),
      })
    }
    expect((await get('statements/versions?limit=1')).status).toBe(200)
  })
})

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'

let payload: Payload
let token: string
const context = { disableRevalidate: true }
const restPost = REST_POST(config)

/** A multipart upload to /api/media as the signed-in editor, through the route Next serves. */
async function upload(file: Blob, filename: string, alt = 'A description') {
  const form = new FormData()
  form.append('file', file, filename)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await restPost(
    new Request('http://amicus.test/api/media', {
      method: 'POST',
      body: form,
      headers: { authorization: `JWT ${token}` },
    }),
    { params: Promise.resolve({ slug: ['media'] }) },
  )
  return { status: response.status, body: JSON.stringify(await response.json()) }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const email = 'safety-editor@example.org'
  const password = 'a-long-test-password'
  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['editor'] },
    overrideAccess: true,
  })
  token = (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''
})

afterAll(async () => {
  await payload.delete({
    collection: 'media',
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'users',
    where: { email: { equals: 'safety-editor@example.org' } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('rich text links', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox'])(
    'refuses a %s link on save',
    async (url) => {
      await expect(
        payload.create({
          collection: 'statements',
          data: {
            title: 'Hostile link',
            kind: 'statement',
            publishedAt: '2024-10-01',
            body: lexicalDocument([`Click [here](${url.replace(/\s/g, '')})`]),
            _status: 'published',
          },
          context,
        }),
      ).rejects.toThrow(/field is invalid: Text/)
      const { totalDocs } = await payload.count({
        collection: 'statements',
        where: { title: { equals: 'Hostile link' } },
      })
      expect(totalDocs).toBe(0)
    },
  )
})

describe('media uploads', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )

  it('accepts an image with its description and makes the page sizes', async () => {
    const { status, body } = await upload(new Blob([png], { type: 'image/png' }), 'dot.png')
    expect(status).toBe(201)
    expect(body).toContain('"alt":"A description"')
  })

  it('refuses an image without a description', async () => {
    const { status, body } = await upload(new Blob([png], { type: 'image/png' }), 'dot2.png', '')
    expect(status).toBe(400)
    expect(body).toContain('Describe the image for people who cannot see it.')
  })

  it('refuses a file type it does not publish', async () => {
    const { status, body } = await upload(
      new Blob(['#!/bin/sh\necho hi\n'], { type: 'application/x-sh' }),
      'script.sh',
    )
    expect(status).toBe(400)
    expect(body.toLowerCase()).toContain('file type')
  })

  it('refuses a file over the size limit with a clear message', async () => {
    const big = new Blob([Buffer.alloc(21 * 1024 * 1024, 0x25)], { type: 'application/pdf' })
    const { status, body } = await upload(big, 'huge.pdf')
    expect(status).toBe(413)
    expect(body.toLowerCase()).toContain('file size limit')
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { filename: { like: 'huge' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

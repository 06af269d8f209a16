import { REST_GET } from '@payloadcms/next/routes'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import {
  type PayloadWithEnvironment,
  payloadWithEnvironment,
} from '../helpers/payloadWithEnvironment'

const bucket = 'amicus-media'
const prefix = 'int-test'
const mediaDir = path.resolve(process.cwd(), '.data/media')

let serverDir: string
let server: S3rver | undefined
let endpoint: string
let config: Promise<SanitizedConfig>
let payload: Payload | undefined
let instance: PayloadWithEnvironment | undefined
let localFilesBefore: string[]

/** Names in the local media folder (none when it was never created). */
async function localMediaFiles(): Promise<string[]> {
  return readdir(mediaDir).catch(() => [])
}

/** The bucket's keys. s3rver answers unsigned requests, so plain HTTP reads it without a second S3 client. */
async function keysInBucket(): Promise<string[]> {
  const response = await fetch(`${endpoint}/${bucket}?list-type=2`)
  expect(response.status).toBe(200)
  return [...(await response.text()).matchAll(/<Key>([^<]*)<\/Key>/g)]
    .map((match) => match[1])
    .sort()
}

/** A GET of Payload's REST API, as the route handler in app/(payload) answers it. */
async function get(url: string): Promise<Response> {
  const { pathname, search } = new URL(url, 'http://amicus.test')
  return REST_GET(config)(new Request(`http://amicus.test${pathname}${search}`), {
    params: Promise.resolve({
      slug: pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent),
    }),
  })
}

beforeAll(async () => {
  localFilesBefore = await localMediaFiles()
  serverDir = await mkdtemp(path.join(tmpdir(), 'amicus-s3-'))
  // Port 0: the system picks a free one, which run() reports.
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: serverDir,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  endpoint = `http://127.0.0.1:${port}`

  // s3rver knows one access key, S3RVER (it does not check the secret).
  instance = await payloadWithEnvironment('object-storage', {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: prefix,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  ;({ payload, config } = instance)
})

afterAll(async () => {
  // Each step runs even when the one before failed, so that no server or folder is left behind.
  try {
    await instance?.restore()
  } finally {
    try {
      await server?.close()
    } finally {
      await rm(serverDir, { recursive: true, force: true })
    }
  }
})

describe('media in object storage', () => {
  it('keeps an upload and its sizes in the bucket, serves them through Payload, and deletes them with the document', async () => {
    if (!payload) throw new Error('Payload did not start')
    // Wider than both sizes, so that Payload makes each of them.
    const image = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: '#2a6f97' },
    })
      .png()
      .toBuffer()
    const doc: Media = await payload.create({
      collection: 'media',
      data: { alt: 'A blue rectangle' },
      file: { data: image, mimetype: 'image/png', name: 'object-storage.png', size: image.length },
    })

    const filenames = [doc.filename, doc.sizes?.card?.filename, doc.sizes?.hero?.filename]
    expect(filenames.every(Boolean)).toBe(true)
    expect(doc.prefix).toBe(prefix)
    expect(await keysInBucket()).toEqual(filenames.map((name) => `${prefix}/${name}`).sort())
    expect(await localMediaFiles()).toEqual(localFilesBefore)

    // The document's URLs point at Payload, which streams the bytes from the bucket.
    expect(new URL(doc.url ?? '', 'http://amicus.test').pathname).toBe(
      `/api/media/file/${doc.filename}`,
    )
    const original = await get(doc.url ?? '')
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await original.arrayBuffer()).equals(image)).toBe(true)
    const card = await get(doc.sizes?.card?.url ?? '')
    expect(card.status).toBe(200)
    expect((await sharp(Buffer.from(await card.arrayBuffer())).metadata()).width).toBe(640)

    await payload.delete({ collection: 'media', id: doc.id })
    expect(await keysInBucket()).toEqual([])
  })

  it('answers 404 for a file that is not in the bucket, also one that no upload can be named', async () => {
    // The plugin alone would answer the NUL (which it cannot make an object key of) with a 500.
    for (const name of ['not-there.png', '%00']) {
      expect((await get(`/api/media/file/${name}`)).status).toBe(404)
    }
  })
})

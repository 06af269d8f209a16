import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { Media } from '@/collections/Media'
import { parseEnv } from '@/lib/env'
import { objectStorage, objectStorageOptions } from '@/lib/storage/objectStorage'

const secret = { PAYLOAD_SECRET: 'unit-tests-do-not-sign-anything-with-this' }
const requiredSettings = {
  ...secret,
  S3_BUCKET: 'amicus-media',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'key-secret',
}
const bucketSettings = {
  ...requiredSettings,
  S3_ENDPOINT: 'https://objects.example.org',
  S3_REGION: 'eu-central-1',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PREFIX: 'amicus',
}

/** The media collection as the plugin leaves it. */
async function mediaWith(variables: Record<string, string>): Promise<CollectionConfig> {
  const config = await objectStorage(parseEnv(variables))({ collections: [Media] } as Config)
  const media = config.collections?.find((collection) => collection.slug === 'media')
  if (!media) throw new Error('the media collection is gone')
  return media
}

function fieldNames(collection: CollectionConfig): string[] {
  return collection.fields.flatMap((field) => ('name' in field ? [field.name] : []))
}

function uploadOf(collection: CollectionConfig) {
  if (typeof collection.upload !== 'object') throw new Error('media is not an upload collection')
  return collection.upload
}

describe('object storage', () => {
  it('is off without S3 variables: media stays on the local disk, with its own 404 handler only', async () => {
    expect(objectStorageOptions(parseEnv(secret)).enabled).toBe(false)
    const upload = uploadOf(await mediaWith(secret))
    expect(upload.disableLocalStorage).toBeUndefined()
    expect(upload.staticDir).toMatch(/\.data[/\\]media$/)
    expect(upload.adapter).toBeUndefined()
    expect(upload.handlers).toHaveLength(1)
  })

  it('adds the same fields in both modes, so the schema and its migrations do not depend on the environment', async () => {
    const local = fieldNames(await mediaWith(secret))
    expect(local).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
    expect(fieldNames(await mediaWith(bucketSettings)).sort()).toEqual(local.sort())
  })

  it('sends media to the bucket with the configured endpoint, path style, credentials and checksum policy', () => {
    const options = objectStorageOptions(parseEnv(bucketSettings))
    expect(options).toMatchObject({
      bucket: 'amicus-media',
      collections: { media: { prefix: 'amicus' } },
      config: {
        region: 'eu-central-1',
        endpoint: 'https://objects.example.org',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key-id', secretAccessKey: 'key-secret' },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    })
    expect(options.enabled).not.toBe(false)
    // Served through Payload, not from public bucket URLs.
    expect(options.acl).toBeUndefined()
    expect(options.signedDownloads).toBeUndefined()
    expect(options.clientUploads).toBeUndefined()
  })

  it('defaults to us-east-1 and virtual-hosted addressing', () => {
    expect(objectStorageOptions(parseEnv(requiredSettings)).config).toMatchObject({
      region: 'us-east-1',
      forcePathStyle: false,
      endpoint: undefined,
    })
  })

  it('takes media off the local disk and serves it from the bucket after the local 404 handler', async () => {
    const upload = uploadOf(await mediaWith(bucketSettings))
    expect(upload.disableLocalStorage).toBe(true)
    expect(upload.adapter).toBe('s3')
    // Media's handler first (it steps aside without local storage), then the plugin's.
    expect(upload.handlers).toHaveLength(2)
    expect(upload.handlers?.[0]).toBe(uploadOf(Media).handlers?.[0])
  })

  it('refuses half a configuration at start-up, naming what is missing', () => {
    expect(() => parseEnv({ ...secret, S3_BUCKET: 'amicus-media' })).toThrow(
      /S3_ACCESS_KEY_ID is required for object storage \(S3_BUCKET set\)\n\s+S3_SECRET_ACCESS_KEY is required/,
    )
    expect(() =>
      parseEnv({
        ...secret,
        S3_REGION: 'eu-central-1',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toThrow(/S3_BUCKET is required for object storage/)
    expect(() => parseEnv({ ...bucketSettings, S3_ENDPOINT: 'objects.example.org' })).toThrow(
      /S3_ENDPOINT must be an http/,
    )
    expect(() => parseEnv({ ...bucketSettings, S3_FORCE_PATH_STYLE: 'sometimes' })).toThrow(
      /S3_FORCE_PATH_STYLE must be true or false/,
    )
  })
})

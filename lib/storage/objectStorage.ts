import { type S3StorageOptions, s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type Env, env } from '@/lib/env'

/**
 * Where media files are kept: on the local disk (`.data/media`) unless the S3_ variables name
 * an S3-compatible bucket. Files are served through Payload either way (`/api/media/file/...`,
 * streamed from the bucket, with `?prefix=` when S3_PREFIX is set): the same read access, and no
 * bucket host to add to the pages' `img-src 'self'`.
 *
 * The plugin is installed in both modes, disabled without a bucket, so that nothing but where
 * bytes go depends on the environment: its fields (`prefix`, `_objectKey`) are in the schema
 * and the migrations, and its admin provider is in the import map, whichever mode built them.
 */
export function objectStorageOptions(settings: Env = env): S3StorageOptions {
  const shared = {
    alwaysInsertFields: true,
    collections: { media: { prefix: settings.S3_PREFIX } },
  } satisfies Partial<S3StorageOptions>
  const {
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
  } = settings
  // lib/env.ts accepts these three together or not at all. A disabled plugin reads no bucket or client settings.
  if (!bucket || !accessKeyId || !secretAccessKey)
    return { ...shared, enabled: false, bucket: '', config: {} }
  return {
    ...shared,
    bucket,
    // No ACL: objects stay private (Payload reads them for the visitor), and several
    // S3-compatible services refuse ACL headers altogether.
    // No client uploads: files still pass through Payload, so its size limit and type checks
    // apply and the bucket needs no CORS rule.
    config: {
      region: settings.S3_REGION ?? 'us-east-1',
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE ?? false,
      credentials: { accessKeyId, secretAccessKey },
      // The AWS SDK (since 3.729) adds CRC32 checksums to every upload, as a trailer of an
      // aws-chunked body for streams, and checks them on downloads. Many S3-compatible servers
      // refuse such uploads or, worse, store the chunk framing as the file's bytes (s3rver,
      // which the integration test runs, does); checksums only where the API requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

export function objectStorage(settings: Env = env): Plugin {
  return s3Storage(objectStorageOptions(settings))
}

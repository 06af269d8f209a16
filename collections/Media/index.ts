import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { sanitizeFilename } from 'payload/shared'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'

import { nameAllowedTypes } from './hooks/nameAllowedTypes'

const mediaDir = path.resolve(process.cwd(), '.data/media')

/** Whether Payload would store an upload under this name (no folders, no control characters). */
function isUploadFilename(filename: string): boolean {
  try {
    return sanitizeFilename(filename) === filename
  } catch {
    return false
  }
}

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: mediaDir,
    // A file that is not there is a 404 (Payload's own answer is a 500), and nothing outside the folder is looked at.
    // With object storage (lib/storage/objectStorage.ts) the storage plugin's handler, which comes
    // after this one, serves files and answers 404 for a missing one; only names that no upload
    // can have are answered here, since the plugin answers them with a 500.
    handlers: [
      (req, { params }) => {
        if (req.payload.collections.media.config.upload.disableLocalStorage) {
          if (isUploadFilename(params.filename)) return
        } else {
          const file = path.resolve(mediaDir, params.filename)
          if (file.startsWith(mediaDir + path.sep) && existsSync(file)) return
        }
        return Response.json({ errors: [{ message: 'There is no such file.' }] }, { status: 404 })
      },
    ],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    imageSizes: [
      { name: 'card', width: 640, withoutEnlargement: true },
      { name: 'hero', width: 1280, withoutEnlargement: true },
    ],
    adminThumbnail: 'card',
  },
  hooks: { beforeOperation: [rejectMalformedId, lockRowForUpdate], afterError: [nameAllowedTypes] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      admin: {
        description: 'What the image shows, for people who cannot see it. Required for images.',
      },
      validate: (
        value: string | null | undefined,
        { data }: { data: Partial<{ mimeType: string }> },
      ) =>
        !data?.mimeType?.startsWith('image/') ||
        Boolean(value?.trim()) ||
        'Describe the image for people who cannot see it.',
    },
    { name: 'caption', type: 'text', localized: true },
  ],
}

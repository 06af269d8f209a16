import type { PayloadRequest } from 'payload'

import { type Failure, fail } from '@/lib/errors/answerFailure'
import { declaresTooLarge } from '@/lib/errors/oversizedBody'
import { hasRole } from '@/lib/roles'
import { importRefusal } from '@/lib/security/rateLimits'

import type { RowError } from './rows'

// A refusal is about the whole file, on no row of it.
const wholeFile = { row: null }

const tooLarge = (maxFileBytes: number) =>
  fail(
    413,
    `The file is larger than ${maxFileBytes / 1024 / 1024} MB: split it into smaller files.`,
    wholeFile,
  )

/**
 * Why this request may not import `what` ("reactions", "glossary terms"): not signed in, not an
 * editor, or past IMPORTS_PER_MINUTE imports in the last minute. Null when it may.
 */
export async function refuseImport(
  req: PayloadRequest,
  what: string,
): Promise<Failure<RowError> | null> {
  if (!req.user) return fail(401, `Log in to import ${what}.`, wholeFile)
  if (!hasRole(req.user, 'admin', 'editor'))
    return fail(403, `Only editors can import ${what}.`, wholeFile)
  const limited = await importRefusal(req.user.id)
  return limited ? fail(429, limited, wholeFile) : null
}

/** The text of the CSV file uploaded as the form's `file` field, or why there is none. */
export async function readUpload(
  req: PayloadRequest,
  maxFileBytes: number,
): Promise<string | Failure<RowError>> {
  // The multipart envelope (boundaries, part headers) around the file stays far below 64 kB.
  if (await declaresTooLarge(req, maxFileBytes + 64 * 1024)) return tooLarge(maxFileBytes)
  const form = req.formData ? await req.formData().catch(() => null) : null
  const file = form?.get('file')
  if (!(file instanceof Blob) || file.size === 0)
    return fail(
      400,
      'Choose the CSV file to import (a form upload with a `file` field).',
      wholeFile,
    )
  if (file.size > maxFileBytes) return tooLarge(maxFileBytes)
  return file.text()
}

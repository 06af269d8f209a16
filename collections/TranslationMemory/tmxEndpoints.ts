import type { Endpoint, PayloadRequest } from 'payload'

import { isTargetLocale, targetLocales } from '@/i18n/locales'
import { answerFailure, fail, type Failure } from '@/lib/errors/answerFailure'
import { declaresTooLarge } from '@/lib/errors/oversizedBody'
import { hasRole } from '@/lib/roles'
import { importRefusal } from '@/lib/security/rateLimits'
import { importTmx, maxTmxBytes, memoryAsTmx, tmxFileName } from '@/lib/translationMemory/tmx'

const tooLarge = fail(
  413,
  `The file is larger than ${maxTmxBytes / 1024 / 1024} MB: split the memory into smaller files.`,
)

function checkEditor(req: PayloadRequest): Failure | null {
  if (!req.user) return fail(401, 'Log in to export or import the translation memory.')
  if (!hasRole(req.user, 'admin', 'editor'))
    return fail(403, 'Only editors can export or import the translation memory.')
  return null
}

/**
 * GET /api/translation-memory/tmx?target=fr: the memory from the source language into `target`
 * as a TMX 1.4b file (lib/translationMemory/tmx.ts), for editors.
 */
const download: Endpoint = {
  path: '/tmx',
  method: 'get',
  handler: async (req) => {
    const refused = checkEditor(req)
    if (refused) return answerFailure(refused)
    const target = new URL(req.url ?? '', 'http://localhost').searchParams.get('target')
    if (!isTargetLocale(target))
      return answerFailure(
        fail(
          400,
          `Say which language the memory translates into: ?target=${targetLocales.join(', ')}.`,
        ),
      )
    return new Response(await memoryAsTmx(req.payload, target), {
      headers: {
        'content-type': 'application/x-tmx+xml; charset=utf-8',
        'content-disposition': `attachment; filename="${tmxFileName(target)}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

/** The file's text: UTF-8, or UTF-16 with its byte order mark (some CAT tools write that). */
function decode(bytes: Uint8Array): string | Failure {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail(400, 'The file’s text is neither UTF-8 nor UTF-16: save the TMX file as UTF-8.')
  }
}

/** The uploaded file's text, or why there is none. */
async function readUpload(req: PayloadRequest): Promise<string | Failure> {
  // The multipart envelope around the largest file stays far below this.
  if (await declaresTooLarge(req, maxTmxBytes + 64 * 1024)) return tooLarge
  const form = req.formData ? await req.formData().catch(() => null) : null
  const file = form?.get('file')
  if (!(file instanceof Blob) || file.size === 0)
    return fail(400, 'Choose the TMX file to import (a form upload with a `file` field).')
  if (file.size > maxTmxBytes) return tooLarge
  return decode(new Uint8Array(await file.arrayBuffer()))
}

/**
 * POST /api/translation-memory/tmx (multipart, `file`): a TMX 1.4b file into the memory, for
 * editors. Answers the counts `{ stored, updated, skipped, plain }` (lib/translationMemory/tmx.ts), or refuses the whole file,
 * storing nothing: 400 (not XML, not text), 413 (too large), 422 (not TMX 1.4, another source
 * language, no pair Amicus can use), 429 past IMPORTS_PER_MINUTE per person.
 */
const upload: Endpoint = {
  path: '/tmx',
  method: 'post',
  handler: async (req) => {
    const refused = checkEditor(req)
    if (refused) return answerFailure(refused)
    const limited = await importRefusal(req.user?.id)
    if (limited) return answerFailure(fail(429, limited))
    const text = await readUpload(req)
    if (typeof text !== 'string') return answerFailure(text)
    const result = await importTmx(req, text)
    if ('errors' in result) return answerFailure(result)
    return Response.json(result)
  },
}

export const tmxEndpoints: Endpoint[] = [download, upload]

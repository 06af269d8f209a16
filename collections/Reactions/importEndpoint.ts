import type { Endpoint, PayloadRequest } from 'payload'

import { answerFailure, type Failure, fail } from '@/lib/errors/answerFailure'
import { hasRole } from '@/lib/roles'
import { type ImportMessage, maxFileBytes, parseReactionsCsv } from '@/lib/reactions/importCsv'
import type { RowError } from '@/lib/reactions/importRows'
import type { ValidRow } from '@/lib/reactions/importRowSchema'
import { everyPercent, writeReactions } from '@/lib/reactions/importWrite'
import { importRefusal } from '@/lib/security/rateLimits'

// The multipart envelope (boundaries, part headers) around a 5 MB file stays far below this.
const maxRequestBytes = maxFileBytes + 64 * 1024

// A refusal is about the whole file, on no row of it.
const wholeFile = { row: null }
const tooLarge = fail(413, 'The file is larger than 5 MB: split it into smaller files.', wholeFile)

function checkEditor(req: PayloadRequest): Failure<RowError> | null {
  if (!req.user) return fail(401, 'Log in to import reactions.', wholeFile)
  if (!hasRole(req.user, 'admin', 'editor'))
    return fail(403, 'Only editors can import reactions.', wholeFile)
  return null
}

/** The uploaded CSV file's text, or why there is none. */
async function readUpload(req: PayloadRequest): Promise<string | Failure<RowError>> {
  if (Number(req.headers.get('content-length') ?? 0) > maxRequestBytes) return tooLarge
  const form = req.formData ? await req.formData().catch(() => null) : null
  const file = form?.get('file')
  if (!(file instanceof Blob) || file.size === 0)
    return fail(
      400,
      'Choose the CSV file to import (a form upload with a `file` field).',
      wholeFile,
    )
  if (file.size > maxFileBytes) return tooLarge
  return file.text()
}

const encoder = new TextEncoder()

/**
 * The import, written as it goes: a progress line after each percent, then `done` or `errors`.
 * It runs to the end even if the editor leaves the page (importing the file again would only
 * skip what it wrote), and an unexpected failure, rolled back, is logged and said plainly.
 */
function importStream(req: PayloadRequest, rows: ValidRow[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async start(controller) {
      const send = (message: ImportMessage) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`))
        } catch {
          // The editor closed the page: nobody to tell.
        }
      }
      try {
        const result = await writeReactions(req.payload, rows, {
          user: req.user,
          onProgress: everyPercent((done, total) => send({ type: 'progress', done, total })),
        })
        send(
          result.ok
            ? { type: 'done', created: result.created, skipped: result.skipped }
            : { type: 'errors', errors: result.errors },
        )
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Reaction import failed' })
        send({
          type: 'errors',
          errors: [{ row: null, message: 'Something went wrong; nothing was imported.' }],
        })
      }
      try {
        controller.close()
      } catch {
        // Already cancelled by the editor leaving.
      }
    },
  })
}

/**
 * POST /api/reactions/import (multipart, `file`): a CSV file of reactions (lib/reactions/importCsv.ts).
 * A file with problems is refused at once with 422 and every problem, by row; a valid one is
 * imported in one transaction while the answer streams `application/x-ndjson` lines (status 200):
 * `{"type":"progress","done":n,"total":m}` as reactions are written, then
 * `{"type":"done","created":n,"skipped":m}`, or `{"type":"errors","errors":[...]}` if the write
 * failed and nothing was imported. Refusals (401, 403, 400, 413, 422, and 429 past
 * IMPORTS_PER_MINUTE per person) are JSON `{ errors }`.
 */
export const reactionImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = checkEditor(req)
    if (refused) return answerFailure(refused)
    const limited = await importRefusal(req.user?.id)
    if (limited) return answerFailure(fail(429, limited, wholeFile))
    const text = await readUpload(req)
    if (typeof text !== 'string') return answerFailure(text)
    const parsed = await parseReactionsCsv(req.payload, text)
    if (!parsed.ok) return answerFailure({ status: 422, errors: parsed.errors })
    return new Response(importStream(req, parsed.rows), {
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        // Without this a proxy such as nginx holds the lines back until the end.
        'x-accel-buffering': 'no',
      },
    })
  },
}

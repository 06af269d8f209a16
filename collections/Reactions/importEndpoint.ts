import type { Endpoint, PayloadRequest } from 'payload'

import { readUpload, refuseImport } from '@/lib/csv/upload'
import { answerFailure } from '@/lib/errors/answerFailure'
import { type ImportMessage, maxFileBytes, parseReactionsCsv } from '@/lib/reactions/importCsv'
import type { ValidRow } from '@/lib/reactions/importRowSchema'
import { everyPercent, writeReactions } from '@/lib/reactions/importWrite'

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
    const refused = await refuseImport(req, 'reactions')
    if (refused) return answerFailure(refused)
    const text = await readUpload(req, maxFileBytes)
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

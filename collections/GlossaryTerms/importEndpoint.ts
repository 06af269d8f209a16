import type { Endpoint } from 'payload'

import { readUpload, refuseImport } from '@/lib/csv/upload'
import { answerFailure } from '@/lib/errors/answerFailure'
import { maxFileBytes, parseGlossaryCsv } from '@/lib/glossary/importCsv'
import { saveGlossaryTerms } from '@/lib/glossary/write'

/**
 * POST /api/glossary-terms/import (multipart, `file`): a CSV file of terms
 * (lib/glossary/importCsv.ts). A file with problems is refused with 422 and every problem, by
 * row; a valid one is written in one transaction, terms already in the glossary updated, and
 * answered `{ created, updated }`. Refusals (401, 403, 400, 413, 422, 429) are JSON `{ errors }`.
 */
export const glossaryImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = await refuseImport(req, 'glossary terms')
    if (refused) return answerFailure(refused)
    const text = await readUpload(req, maxFileBytes)
    if (typeof text !== 'string') return answerFailure(text)
    const parsed = parseGlossaryCsv(text)
    if (!parsed.ok) return answerFailure({ status: 422, errors: parsed.errors })
    const result = await saveGlossaryTerms(req.payload, parsed.rows, { user: req.user })
    if (!result.ok) return answerFailure({ status: 409, errors: result.errors })
    return Response.json({ created: result.created, updated: result.updated })
  },
}

/**
 * Checked glossary rows written in one transaction: every term created or updated (matched by
 * its term, whatever the case), or none. The same path for the CSV import and the seed.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
  ValidationError,
} from 'payload'

import { type RowError, rowError } from '@/lib/csv/rows'

import { termKeyOf } from './entry'
import type { GlossaryRow } from './importCsv'

export type GlossaryWriteResult =
  { ok: true; created: number; updated: number; kept: number } | { ok: false; errors: RowError[] }

export type GlossaryWriteOptions = {
  /** Who writes: passed to hooks; access is not checked (callers do that). */
  user?: TypedUser | null
  /** Leave terms already in the glossary as they are (the seed), instead of updating them (an import). */
  keepExisting?: boolean
}

async function existingIds(req: PayloadRequest, rows: GlossaryRow[]): Promise<Map<string, number>> {
  const { docs } = await req.payload.find({
    collection: 'glossary-terms',
    where: { termKey: { in: rows.map((row) => termKeyOf(row.term)) } },
    pagination: false,
    depth: 0,
    select: { termKey: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [doc.termKey ?? '', doc.id]))
}

function writeError(row: GlossaryRow, error: unknown): RowError | null {
  if (!(error instanceof ValidationError)) return null
  const reasons = error.data.errors.map(({ message }) => message).join('; ')
  return rowError(
    row.row,
    `it could not be saved (${reasons}). Nothing from this file was imported.`,
  )
}

async function writeAll(
  req: PayloadRequest,
  rows: GlossaryRow[],
  keepExisting: boolean,
): Promise<GlossaryWriteResult> {
  const ids = await existingIds(req, rows)
  const counts = { created: 0, updated: 0, kept: 0 }
  const write = { req, overrideAccess: true, depth: 0 }
  for (const row of rows) {
    const { row: _rowNumber, ...data } = row
    const id = ids.get(termKeyOf(data.term))
    try {
      if (id === undefined) {
        await req.payload.create({ collection: 'glossary-terms', data, ...write })
        counts.created++
      } else if (keepExisting) {
        counts.kept++
      } else {
        await req.payload.update({ collection: 'glossary-terms', id, data, ...write })
        counts.updated++
      }
    } catch (error) {
      const problem = writeError(row, error)
      if (problem) return { ok: false, errors: [problem] }
      throw error
    }
  }
  return { ok: true, ...counts }
}

export async function saveGlossaryTerms(
  payload: Payload,
  rows: GlossaryRow[],
  { user, keepExisting = false }: GlossaryWriteOptions = {},
): Promise<GlossaryWriteResult> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  try {
    const result = await writeAll(req, rows, keepExisting)
    if (result.ok) await commitTransaction(req)
    else await killTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

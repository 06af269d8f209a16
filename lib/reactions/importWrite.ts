/**
 * Checked reactions written in one transaction, skipping those already recorded, with progress
 * as they are written.
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

import { sourceLocale, targetLocales } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { recordInvalidations } from '@/lib/revalidate'

import { type RowError, rowError } from '@/lib/csv/rows'
import type { ValidRow } from './importRowSchema'

export type ImportResult =
  { ok: true; created: number; skipped: number } | { ok: false; errors: RowError[] }

export type ImportOptions = {
  /** Who imports: passed to hooks for attribution; access is not checked (callers do that). */
  user?: TypedUser | null
  /** After each reaction written, with the number of reactions to write (skipped ones excluded). */
  onProgress?: (done: number, total: number) => void
}

/** Fingerprints of the rows that are already in the database. */
async function recordedFingerprints(req: PayloadRequest, rows: ValidRow[]): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: 'reactions',
    where: { fingerprint: { in: rows.map((row) => row.fingerprint) } },
    pagination: false,
    depth: 0,
    select: { fingerprint: true },
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => doc.fingerprint ?? ''))
}

/** The rows to create: not yet recorded, and each reaction once even if the file repeats it. */
function newRows(rows: ValidRow[], recorded: Set<string>): ValidRow[] {
  const seen = new Set(recorded)
  const fresh: ValidRow[] = []
  for (const row of rows) {
    if (seen.has(row.fingerprint)) continue
    seen.add(row.fingerprint)
    fresh.push(row)
  }
  return fresh
}

// Every call names its locale: the local API writes the locale it is given into the shared `req`,
// where the next call without one would pick it up.
async function createReaction(
  req: PayloadRequest,
  { row: _row, fingerprint: _fingerprint, summary, ...fields }: ValidRow,
): Promise<void> {
  const write = { req, overrideAccess: true, depth: 0, context: { disableRevalidate: true } }
  const { id } = await req.payload.create({
    collection: 'reactions',
    locale: sourceLocale,
    data: { ...fields, summary: summary[sourceLocale] },
    ...write,
  })
  for (const locale of targetLocales) {
    const text = summary[locale]
    if (text)
      await req.payload.update({
        collection: 'reactions',
        id,
        locale,
        data: { summary: text },
        ...write,
      })
  }
}

/**
 * A save refused after the checks passed: in practice the same reaction recorded meanwhile (the
 * same file imported twice at once), which the unique fingerprint refuses.
 */
function writeError(row: ValidRow, error: unknown): RowError | null {
  if (!(error instanceof ValidationError)) return null
  const reasons = error.data.errors.map(({ message }) => message).join('; ')
  return rowError(
    row.row,
    `it could not be saved (${reasons}), perhaps because it was recorded meanwhile. Nothing from this file was imported: import it again and what is already recorded will be skipped.`,
  )
}

async function createAll(
  req: PayloadRequest,
  rows: ValidRow[],
  onProgress: ImportOptions['onProgress'],
): Promise<ImportResult> {
  const fresh = newRows(rows, await recordedFingerprints(req, rows))
  for (const [index, row] of fresh.entries()) {
    try {
      await createReaction(req, row)
    } catch (error) {
      const problem = writeError(row, error)
      if (problem) return { ok: false, errors: [problem] }
      throw error
    }
    onProgress?.(index + 1, fresh.length)
  }
  return { ok: true, created: fresh.length, skipped: rows.length - fresh.length }
}

/**
 * Valid rows written in one transaction: all of them (bar those already recorded), or none. The
 * pages that show reactions are invalidated in the same transaction, for every process at once.
 */
export async function writeReactions(
  payload: Payload,
  rows: ValidRow[],
  { user, onProgress }: ImportOptions = {},
): Promise<ImportResult> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  try {
    const result = await createAll(req, rows, onProgress)
    if (result.ok && result.created > 0)
      await recordInvalidations(payload, req, [cacheTags.reactions, cacheTags.statementPages])
    if (result.ok) await commitTransaction(req)
    else await killTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * `report` at most once per whole percent, and at the end: a progress line for 10,000 rows
 * updates a hundred times, not ten thousand.
 */
export function everyPercent(
  report: (done: number, total: number) => void,
): (done: number, total: number) => void {
  let last = -1
  return (done, total) => {
    const percent = Math.floor((done * 100) / total)
    if (percent === last && done < total) return
    last = percent
    report(done, total)
  }
}

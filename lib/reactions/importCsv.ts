/**
 * Reactions from a spreadsheet (CSV, one reaction a row): every row checked first, every problem
 * reported with the row number the editor sees in their spreadsheet, and nothing written unless
 * the whole file is valid. Then one transaction, so a file is imported entirely or not at all,
 * and rows already recorded (same fingerprint) are skipped, so importing a file twice is harmless.
 */
import type { Payload } from 'payload'

import { type ActorLookup, codesIn, lookUpActors } from './importActors'
import {
  cellsByColumn,
  columnCountError,
  type CsvRecord,
  headerErrors,
  isBlank,
  readCsv,
  type RowError,
  rowError,
  unreadableFile,
} from '@/lib/csv/rows'
import { rowSchema, type ValidRow } from './importRowSchema'
import { type ImportOptions, type ImportResult, writeReactions } from './importWrite'

export const maxFileBytes = 5 * 1024 * 1024
export const maxRows = 10_000

export const columns = [
  'date',
  'actors',
  'stance',
  'summary_en',
  'summary_fr',
  'summary_es',
  'summary_ar',
  'quote',
  'quote_language',
  'source_url',
  'source_title',
  'source_publisher',
  'verified',
  'editor_notes',
] as const
type Column = (typeof columns)[number]

export const requiredColumns: readonly Column[] = [
  'date',
  'actors',
  'stance',
  'summary_en',
  'source_url',
  'source_title',
]

/**
 * One line of the import endpoint's answer (newline-delimited JSON), as the admin's import panel
 * reads it: progress while writing, then the outcome.
 */
export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; created: number; skipped: number }
  | { type: 'errors'; errors: RowError[] }

export type ParseResult = { ok: true; rows: ValidRow[] } | { ok: false; errors: RowError[] }

const fileError = (message: string): { ok: false; errors: RowError[] } => ({
  ok: false,
  errors: [{ row: null, message }],
})
/** Today where the day starts first (UTC+14), so a reaction dated today anywhere is not "in the future". */
const latestToday = () => new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10)

function validate(
  header: string[],
  records: CsvRecord[],
  lookup: ActorLookup,
): { rows: ValidRow[]; errors: RowError[] } {
  const schema = rowSchema(lookup, latestToday())
  const rows: ValidRow[] = []
  const errors: RowError[] = []
  for (const record of records) {
    const wrongCount = columnCountError(record, header)
    if (wrongCount) {
      errors.push(wrongCount)
      continue
    }
    const result = schema.safeParse(cellsByColumn(columns, header, record))
    if (result.success) rows.push({ row: record.row, ...result.data })
    else errors.push(...result.error.issues.map((issue) => rowError(record.row, issue.message)))
  }
  return { rows, errors }
}

/** Every row checked, all problems listed; the rows only when there is none. */
export async function parseReactionsCsv(payload: Payload, text: string): Promise<ParseResult> {
  const unreadable = unreadableFile(text, maxFileBytes)
  if (unreadable) return fileError(unreadable)
  const { records, errors: syntaxErrors } = readCsv(text)
  const [headerRecord, ...body] = records
  if (!headerRecord)
    return syntaxErrors.length
      ? { ok: false, errors: syntaxErrors }
      : fileError('The file is empty: it needs a header row, then one reaction a row.')
  const header = headerRecord.cells.map((name) => name.trim())
  const problems = headerErrors(header, columns, requiredColumns)
  if (problems.length) return { ok: false, errors: [...problems, ...syntaxErrors] }

  // A spreadsheet's empty rows are no reactions, but they still count in the row numbers.
  const reactions = body.filter((record) => !isBlank(record))
  if (reactions.length > maxRows) {
    return fileError(
      `The file has ${reactions.length.toLocaleString('en')} reactions; at most ${maxRows.toLocaleString('en')} can be imported at once: split it into smaller files.`,
    )
  }
  if (reactions.length === 0 && syntaxErrors.length === 0)
    return fileError('The file has no reactions under its header row.')

  const actorsColumn = header.indexOf('actors')
  const lookup = await lookUpActors(
    payload,
    reactions.flatMap((record) => codesIn(record.cells[actorsColumn] ?? '')),
  )
  const { rows, errors } = validate(header, reactions, lookup)
  const all = [...syntaxErrors, ...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return all.length ? { ok: false, errors: all } : { ok: true, rows }
}

/** A CSV file checked, then imported if valid: see parseReactionsCsv and writeReactions. */
export async function importReactions(
  payload: Payload,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = await parseReactionsCsv(payload, text)
  return parsed.ok ? writeReactions(payload, parsed.rows, options) : parsed
}

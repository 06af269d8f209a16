/**
 * Glossary terms from a spreadsheet (CSV, one term a row, columns named after the languages):
 * every row checked first, every problem reported with its spreadsheet row number, and nothing
 * written unless the whole file is valid (see saveGlossaryTerms).
 */
import { z } from 'zod'

import { targetLocales } from '@/i18n/locales'
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

import { type GlossaryFields, termKeyOf } from './entry'

export const maxFileBytes = 1024 * 1024
export const maxRows = 5_000

/** `term` is the English term (statements are written in English, i18n/locales.ts). */
export const columns = ['term', ...targetLocales, 'note', 'do_not_translate'] as const
const requiredColumns = ['term'] as const

export type GlossaryRow = GlossaryFields & { row: number }
export type GlossaryParse = { ok: true; rows: GlossaryRow[] } | { ok: false; errors: RowError[] }

const maxTermLength = 300
const cell = z.string().trim()
const text = (column: string) =>
  cell.max(maxTermLength, { error: `${column} is longer than ${maxTermLength} characters.` })

const rowSchema = z
  .object({
    term: text('term').min(1, { error: 'term is empty.' }),
    ...Object.fromEntries(targetLocales.map((locale) => [locale, text(locale)])),
    note: cell.max(2000, { error: 'note is longer than 2,000 characters.' }),
    do_not_translate: cell.toLowerCase().pipe(
      z.enum(['yes', 'no', ''], {
        error: (issue) =>
          `do_not_translate must be “yes”, “no” or empty, not “${String(issue.input)}”.`,
      }),
    ),
  })
  .superRefine((fields, context) => {
    if (fields.do_not_translate === 'yes') return
    const values = fields as Record<string, string>
    const missing = targetLocales.filter((locale) => !values[locale])
    if (missing.length)
      context.addIssue({
        code: 'custom',
        message: `“${fields.term}” has no translation in ${missing.join(', ')}: give one, or put “yes” in do_not_translate.`,
      })
  })

function toFields(values: Record<string, string>): GlossaryFields {
  const doNotTranslate = values.do_not_translate === 'yes'
  return {
    term: values.term,
    doNotTranslate,
    note: values.note || null,
    ...Object.fromEntries(
      targetLocales.map((locale) => [locale, doNotTranslate ? null : values[locale] || null]),
    ),
  }
}

function validate(header: string[], records: CsvRecord[]) {
  const rows: GlossaryRow[] = []
  const errors: RowError[] = []
  const firstRowOf = new Map<string, number>()
  for (const record of records) {
    const wrongCount = columnCountError(record, header)
    if (wrongCount) {
      errors.push(wrongCount)
      continue
    }
    const result = rowSchema.safeParse(cellsByColumn(columns, header, record))
    if (!result.success) {
      errors.push(...result.error.issues.map((issue) => rowError(record.row, issue.message)))
      continue
    }
    const fields = toFields(result.data as Record<string, string>)
    const key = termKeyOf(fields.term)
    const first = firstRowOf.get(key)
    if (first !== undefined) {
      errors.push(rowError(record.row, `“${fields.term}” is already on row ${first}.`))
      continue
    }
    firstRowOf.set(key, record.row)
    rows.push({ row: record.row, ...fields })
  }
  return { rows, errors }
}

const fileError = (message: string): GlossaryParse => ({
  ok: false,
  errors: [{ row: null, message }],
})

/** Every row checked, all problems listed; the rows only when there is none. */
export function parseGlossaryCsv(text: string): GlossaryParse {
  const unreadable = unreadableFile(text, maxFileBytes)
  if (unreadable) return fileError(unreadable)
  const { records, errors: syntaxErrors } = readCsv(text)
  const [headerRecord, ...body] = records
  if (!headerRecord)
    return syntaxErrors.length
      ? { ok: false, errors: syntaxErrors }
      : fileError(
          `The file is empty: it needs a header row (${columns.join(',')}), then one term a row.`,
        )
  const header = headerRecord.cells.map((name) => name.trim())
  const problems = headerErrors(header, columns, requiredColumns)
  if (problems.length) return { ok: false, errors: [...problems, ...syntaxErrors] }
  const terms = body.filter((record) => !isBlank(record))
  if (terms.length > maxRows)
    return fileError(
      `The file has ${terms.length.toLocaleString('en')} terms; at most ${maxRows.toLocaleString('en')} can be imported at once: split it into smaller files.`,
    )
  if (terms.length === 0 && syntaxErrors.length === 0)
    return fileError('The file has no terms under its header row.')
  const { rows, errors } = validate(header, terms)
  const all = [...syntaxErrors, ...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return all.length ? { ok: false, errors: all } : { ok: true, rows }
}

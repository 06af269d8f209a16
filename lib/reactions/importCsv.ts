/**
 * Reactions from a spreadsheet (CSV, one reaction a row): every row checked first, every problem
 * reported with the row number the editor sees in their spreadsheet, and nothing written unless
 * the whole file is valid. Then one transaction, so a file is imported entirely or not at all,
 * and rows already recorded (same fingerprint) are skipped, so importing a file twice is harmless.
 */
import { type CsvError, parse } from 'csv-parse/sync'
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
import { z } from 'zod'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { recordInvalidations } from '@/lib/revalidate'
import { lengthLimits, lengthProblem } from '@/lib/text/lengthLimits'
import { isWebUrl } from '@/lib/text/webUrl'

import { type ActorRef, reactionFingerprint } from './fingerprint'
import { type Stance, stanceValues } from './stances'

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

/** `row` is the spreadsheet's row number (the header is row 1); null for the file as a whole. */
export type RowError = { row: number | null; message: string }

type TranslatedLocale = Exclude<Locale, 'en'>

export type ValidRow = {
  row: number
  fingerprint: string
  actors: ActorRef[]
  date: string
  stance: Stance
  summary: { en: string } & Partial<Record<TranslatedLocale, string>>
  quote: string | null
  quoteLanguage: string | null
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string | null
  verified: boolean
  editorNotes: string | null
}

export type ParseResult = { ok: true; rows: ValidRow[] } | { ok: false; errors: RowError[] }
export type ImportResult =
  { ok: true; created: number; skipped: number } | { ok: false; errors: RowError[] }

export type ImportOptions = {
  /** Who imports: passed to hooks for attribution; access is not checked (callers do that). */
  user?: TypedUser | null
  /** After each reaction written, with the number of reactions to write (skipped ones excluded). */
  onProgress?: (done: number, total: number) => void
}

const fileError = (message: string): { ok: false; errors: RowError[] } => ({
  ok: false,
  errors: [{ row: null, message }],
})
const rowError = (row: number, message: string): RowError => ({
  row,
  message: `Row ${row}: ${message}`,
})
const list = (items: readonly string[]) => items.join(', ')

// Reading the file

type CsvRecord = { row: number; cells: string[] }

function syntaxMessage(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a double quote (") opens a value that is never closed, so the rest of the file could not be read.'
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a double quote (") is out of place: a value containing quotes must itself be in double quotes, with each quote inside it doubled ("").'
    default:
      return `this row could not be read (${error?.message ?? 'unknown error'}).`
  }
}

/** Every record with its row number, and each record csv-parse could not read as an error for its row. */
function readCsv(text: string): { records: CsvRecord[]; errors: RowError[] } {
  const records: CsvRecord[] = []
  const errors: RowError[] = []
  parse(text, {
    // Excel's "CSV UTF-8" starts with a byte order mark, which would otherwise stick to `date`.
    bom: true,
    // Checked here instead, to say which row and what to do about it.
    relax_column_count: true,
    skip_records_with_error: true,
    // csv-parse counts only the records it could read; the spreadsheet counts every row.
    on_skip: (error) => {
      errors.push(rowError(Number(error?.records ?? 0) + errors.length + 1, syntaxMessage(error)))
    },
    on_record: (cells, { records: count }) => {
      records.push({ row: count + errors.length, cells })
      return null
    },
  })
  return { records, errors }
}

function headerErrors(header: string[]): RowError[] {
  // Excel in French or Spanish saves "CSV" with semicolons: one long unknown column.
  if (header.length === 1 && header[0].includes(';')) {
    return [
      {
        row: null,
        message:
          'The columns are separated by semicolons: save the file as “CSV UTF-8 (comma delimited)”.',
      },
    ]
  }
  const known: readonly string[] = columns
  const unknown = header.filter((name) => !known.includes(name))
  const missing = requiredColumns.filter((name) => !header.includes(name))
  const repeated = header.filter((name, index) => header.indexOf(name) !== index)
  const errors: string[] = []
  if (unknown.length)
    errors.push(`Unknown column(s): ${list(unknown)}. The columns are: ${list(columns)}.`)
  if (missing.length)
    errors.push(`Missing column(s): ${list(missing)}. Every file needs ${list(requiredColumns)}.`)
  if (repeated.length)
    errors.push(`These columns appear more than once: ${list([...new Set(repeated)])}.`)
  return errors.map((message) => ({ row: null, message }))
}

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '')

// Actors

type ActorLookup = { states: Map<string, number>; organizations: Map<string, number> }

const codesIn = (value: string) => [
  ...new Set(
    value
      .split(';')
      .map((code) => code.trim())
      .filter(Boolean),
  ),
]

/** Every State and organization the file names, in two queries however long the file. */
async function lookUpActors(payload: Payload, codes: string[]): Promise<ActorLookup> {
  if (codes.length === 0) return { states: new Map(), organizations: new Map() }
  // Both spellings of each code, so an editor who typed `fr` can be told it is `FR`.
  const upper = [...new Set(codes.map((code) => code.toUpperCase()))]
  const lower = [...new Set(codes.map((code) => code.toLowerCase()))]
  const [states, organizations] = await Promise.all([
    payload.find({
      collection: 'states',
      where: { iso2: { in: upper } },
      pagination: false,
      depth: 0,
      select: { iso2: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'organizations',
      where: { code: { in: lower } },
      pagination: false,
      depth: 0,
      select: { code: true },
      overrideAccess: true,
    }),
  ])
  return {
    states: new Map(states.docs.map((doc) => [doc.iso2, doc.id])),
    organizations: new Map(organizations.docs.map((doc) => [doc.code, doc.id])),
  }
}

/** The actor a code names, or why it names none. Case matters: `AU` is Australia, `au` the African Union. */
function actorFor(code: string, lookup: ActorLookup): ActorRef | string {
  const state = lookup.states.get(code)
  if (state !== undefined) return { relationTo: 'states', value: state }
  const organization = lookup.organizations.get(code)
  if (organization !== undefined) return { relationTo: 'organizations', value: organization }
  const unknown = `“${code}” is not a known State code or organization code.`
  if (lookup.states.has(code.toUpperCase()))
    return `${unknown} State codes are in capitals: “${code.toUpperCase()}”.`
  if (lookup.organizations.has(code.toLowerCase()))
    return `${unknown} Organization codes are in lower case: “${code.toLowerCase()}”.`
  return unknown
}

// Validating a row

const isCalendarDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Today where the day starts first (UTC+14), so a reaction dated today anywhere is not "in the future". */
const latestToday = () => new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10)

/** The Rome Statute was adopted on 17 July 1998: an earlier date is a typo in the year. */
const earliestDay = '1998-07-17'

const cell = z.string().trim()
const filled = (column: Column) => cell.min(1, { error: `${column} is empty.`, abort: true })
const optional = cell.transform((value) => value || null)
/** The column's text within the field's length limit (lib/text/lengthLimits.ts). */
const withinLimit =
  (column: Column, limit: number) => (value: string | null, context: z.RefinementCtx) => {
    const problem = lengthProblem(column, value, limit)
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value })
  }
const summary = (column: Column) =>
  optional.superRefine(withinLimit(column, lengthLimits.reactionSummary))

function rowSchema(lookup: ActorLookup, today: string) {
  return z
    .object({
      date: filled('date')
        .regex(/^\d{4}-\d{2}-\d{2}$/, {
          error: (issue) =>
            `the date “${issue.input}” is not written YYYY-MM-DD (e.g. 2024-05-31).`,
          abort: true,
        })
        .refine(isCalendarDay, {
          error: (issue) => `${issue.input} is not a day in the calendar.`,
          abort: true,
        })
        .refine((day) => day >= earliestDay, {
          error: (issue) =>
            `${issue.input} is before the Rome Statute was adopted (17 July 1998): check the year.`,
          abort: true,
        })
        .refine((day) => day <= today, { error: (issue) => `${issue.input} is in the future.` }),
      actors: filled('actors').transform((value, context) => {
        const codes = codesIn(value)
        if (codes.length === 0)
          context.issues.push({
            code: 'custom',
            message: `“${value}” names no State or organization.`,
            input: value,
          })
        const found = codes.map((code) => actorFor(code, lookup))
        for (const problem of found.filter((actor) => typeof actor === 'string'))
          context.issues.push({ code: 'custom', message: problem, input: value })
        return found.filter((actor) => typeof actor !== 'string')
      }),
      stance: filled('stance')
        .toLowerCase()
        .pipe(
          z.enum(stanceValues, {
            error: (issue) =>
              `“${String(issue.input)}” is not a stance: use one of ${list(stanceValues)}.`,
          }),
        ),
      summary_en: filled('summary_en').superRefine(
        withinLimit('summary_en', lengthLimits.reactionSummary),
      ),
      summary_fr: summary('summary_fr'),
      summary_es: summary('summary_es'),
      summary_ar: summary('summary_ar'),
      quote: optional.superRefine(withinLimit('quote', lengthLimits.reactionQuote)),
      quote_language: cell
        .regex(/^([a-z]{2,3}(-[a-zA-Z0-9]{2,8})?)?$/, {
          error: (issue) =>
            `quote_language “${issue.input}” is not a language code such as en, fr or pt-BR.`,
        })
        .transform((value) => value || null),
      source_url: filled('source_url').refine(isWebUrl, {
        error: (issue) =>
          `source_url “${issue.input}” is not a web address: it must start with https:// or http://.`,
      }),
      source_title: filled('source_title'),
      source_publisher: optional,
      verified: cell
        .toLowerCase()
        .pipe(
          z.enum(['yes', 'no', ''], {
            error: (issue) =>
              `verified must be “yes”, “no” or empty, not “${String(issue.input)}”.`,
          }),
        )
        .transform((value) => value === 'yes'),
      editor_notes: optional,
    })
    .transform((fields) => ({
      fingerprint: reactionFingerprint(fields.actors, fields.date, fields.source_url),
      actors: fields.actors,
      date: fields.date,
      stance: fields.stance,
      summary: {
        en: fields.summary_en,
        ...(fields.summary_fr ? { fr: fields.summary_fr } : {}),
        ...(fields.summary_es ? { es: fields.summary_es } : {}),
        ...(fields.summary_ar ? { ar: fields.summary_ar } : {}),
      },
      quote: fields.quote,
      quoteLanguage: fields.quote_language,
      sourceUrl: fields.source_url,
      sourceTitle: fields.source_title,
      sourcePublisher: fields.source_publisher,
      verified: fields.verified,
      editorNotes: fields.editor_notes,
    }))
}

/** A record as the schema reads it: every column, the ones the file leaves out empty. */
function fieldsOf(header: string[], record: CsvRecord): Record<Column, string> {
  const fields = Object.fromEntries(columns.map((column) => [column, ''])) as Record<Column, string>
  header.forEach((column, index) => (fields[column as Column] = record.cells[index]))
  return fields
}

function validate(
  header: string[],
  records: CsvRecord[],
  lookup: ActorLookup,
): { rows: ValidRow[]; errors: RowError[] } {
  const schema = rowSchema(lookup, latestToday())
  const rows: ValidRow[] = []
  const errors: RowError[] = []
  for (const record of records) {
    if (record.cells.length !== header.length) {
      errors.push(
        rowError(
          record.row,
          `it has ${record.cells.length} values but the header has ${header.length} columns: a value containing a comma must be in double quotes.`,
        ),
      )
      continue
    }
    const result = schema.safeParse(fieldsOf(header, record))
    if (result.success) rows.push({ row: record.row, ...result.data })
    else errors.push(...result.error.issues.map((issue) => rowError(record.row, issue.message)))
  }
  return { rows, errors }
}

/** Every row checked, all problems listed; the rows only when there is none. */
export async function parseReactionsCsv(payload: Payload, text: string): Promise<ParseResult> {
  if (Buffer.byteLength(text, 'utf8') > maxFileBytes)
    return fileError('The file is larger than 5 MB: split it into smaller files.')
  // What a file saved in another encoding (Excel's plain "CSV" on Windows) turns into when read as UTF-8.
  if (text.includes('\uFFFD'))
    return fileError(
      'The file is not in UTF-8, so accented letters would be garbled: save it as “CSV UTF-8”.',
    )
  const { records, errors: syntaxErrors } = readCsv(text)
  const [headerRecord, ...body] = records
  if (!headerRecord)
    return syntaxErrors.length
      ? { ok: false, errors: syntaxErrors }
      : fileError('The file is empty: it needs a header row, then one reaction a row.')
  const header = headerRecord.cells.map((name) => name.trim())
  const problems = headerErrors(header)
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

// Writing

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
    locale: 'en',
    data: { ...fields, summary: summary.en },
    ...write,
  })
  for (const locale of ['fr', 'es', 'ar'] as const) {
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

/** A CSV file checked, then imported if valid: see parseReactionsCsv and writeReactions. */
export async function importReactions(
  payload: Payload,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = await parseReactionsCsv(payload, text)
  return parsed.ok ? writeReactions(payload, parsed.rows, options) : parsed
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

/**
 * A CSV file an editor imports (reactions, glossary terms) read into records, each with the row
 * number the editor sees in their spreadsheet, and the rows csv-parse could not read as errors
 * for those rows; then its header and size checked, with messages that say what to do.
 */
import { type CsvError, parse } from 'csv-parse/sync'

/** `row` is the spreadsheet's row number (the header is row 1); null for the file as a whole. */
export type RowError = { row: number | null; message: string }

export const rowError = (row: number, message: string): RowError => ({
  row,
  message: `Row ${row}: ${message}`,
})

export type CsvRecord = { row: number; cells: string[] }

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
export function readCsv(text: string): { records: CsvRecord[]; errors: RowError[] } {
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

export const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '')

const list = (items: readonly string[]) => items.join(', ')

/** What is wrong with a header row, given the columns a file may have and those it must have. */
export function headerErrors(
  header: string[],
  columns: readonly string[],
  required: readonly string[],
): RowError[] {
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
  const unknown = header.filter((name) => !columns.includes(name))
  const missing = required.filter((name) => !header.includes(name))
  const repeated = header.filter((name, index) => header.indexOf(name) !== index)
  const errors: string[] = []
  if (unknown.length)
    errors.push(`Unknown column(s): ${list(unknown)}. The columns are: ${list(columns)}.`)
  if (missing.length)
    errors.push(`Missing column(s): ${list(missing)}. Every file needs ${list(required)}.`)
  if (repeated.length)
    errors.push(`These columns appear more than once: ${list([...new Set(repeated)])}.`)
  return errors.map((message) => ({ row: null, message }))
}

/** Why a file's text cannot be read as a CSV file at all, or null. */
export function unreadableFile(text: string, maxFileBytes: number): string | null {
  if (Buffer.byteLength(text, 'utf8') > maxFileBytes)
    return `The file is larger than ${maxFileBytes / 1024 / 1024} MB: split it into smaller files.`
  // What a file saved in another encoding (Excel's plain "CSV" on Windows) turns into when read as UTF-8.
  if (text.includes('\uFFFD'))
    return 'The file is not in UTF-8, so accented letters would be garbled: save it as “CSV UTF-8”.'
  return null
}

/** A row with more or fewer values than the header has columns: what went wrong, and the fix. */
export function columnCountError(record: CsvRecord, header: string[]): RowError | null {
  if (record.cells.length === header.length) return null
  return rowError(
    record.row,
    `it has ${record.cells.length} values but the header has ${header.length} columns: a value containing a comma must be in double quotes.`,
  )
}

/** A record's values by column name: every column a file may have, those it leaves out empty. */
export function cellsByColumn<Column extends string>(
  columns: readonly Column[],
  header: string[],
  record: CsvRecord,
): Record<Column, string> {
  const cells = Object.fromEntries(columns.map((column) => [column, ''])) as Record<Column, string>
  header.forEach((column, index) => (cells[column as Column] = record.cells[index]))
  return cells
}

/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/), the part our
 * files use. Each file's columns have a field each, written beside the column list they describe
 * (lib/reactions/openData.ts, lib/signatories/openData.ts) as a Record over it: a column added
 * without its field does not type-check.
 */
export type FieldSchema = {
  description: string
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string }
} & (
  | { type: 'integer' | 'date' }
  | { type: 'string'; format?: 'uri' }
  | { type: 'boolean'; trueValues: readonly string[]; falseValues: readonly string[] }
)

/** A list joined with ";" in one cell: a string, whose description says so. */
export const listOf = (items: string): FieldSchema => ({
  type: 'string',
  description: `${items}, separated by ";" (empty when there are none).`,
})

export function tableSchema<Column extends string>(
  columns: readonly Column[],
  fields: Record<Column, FieldSchema>,
  primaryKey: readonly Column[],
) {
  return {
    fields: columns.map((name) => ({ name, ...fields[name] })),
    primaryKey,
    // An empty cell is a missing value (the CSVs write no "null").
    missingValues: [''],
  }
}

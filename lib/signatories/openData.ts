import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

import { type Locale, localeCodes } from '@/i18n/locales'
import type { FieldSchema } from '@/lib/openData/tableSchema'

import { signatoryTypes } from './kinds'
import { countryName, nameIn } from './view'
import type { SignatoriesData } from './types'

/**
 * Joint statements' signatures as open data, one row per organization and statement, public
 * fields only (never contact, sign-on or verification fields). The column names are part of the
 * published format (docs/open-data.md): add columns at the end, never rename or reorder.
 */
export const signatoryColumns = [
  'statement_id',
  'statement_title',
  'statement_url',
  'organization',
  'organization_language',
  'organization_slug',
  'organization_url',
  'country_code',
  'country',
  'type',
  'website',
  'signed_at',
] as const

/** Each column's Table Schema field (datapackage.json): a column needs one to type-check. */
export const signatoryFields: Record<(typeof signatoryColumns)[number], FieldSchema> = {
  statement_id: {
    type: 'integer',
    description: "The statement's stable number.",
    constraints: { required: true },
  },
  statement_title: {
    type: 'string',
    description: "Its title in the file's language, or the original (English) where it has none.",
    constraints: { required: true },
  },
  statement_url: {
    type: 'string',
    format: 'uri',
    description: "Its page in the file's language.",
    constraints: { required: true },
  },
  organization: {
    type: 'string',
    description: "The organization's name in the file's language, or its English name.",
    constraints: { required: true },
  },
  organization_language: {
    type: 'string',
    description: 'The language of that name (en where English stands in).',
    constraints: { required: true, enum: localeCodes },
  },
  organization_slug: {
    type: 'string',
    description: "The organization's stable address, as in organization_url.",
    constraints: { required: true },
  },
  organization_url: {
    type: 'string',
    format: 'uri',
    description: 'Its page, listing every statement it signed.',
    constraints: { required: true },
  },
  country_code: {
    type: 'string',
    description: 'ISO 3166-1 alpha-2 code of its country.',
    constraints: { required: true, pattern: '[A-Z]{2}' },
  },
  country: {
    type: 'string',
    description: "The country's name in the file's language.",
    constraints: { required: true },
  },
  type: {
    type: 'string',
    description: 'member, partner or individual.',
    constraints: { required: true, enum: signatoryTypes.map(({ value }) => value) },
  },
  website: { type: 'string', format: 'uri', description: 'Its website, or empty.' },
  signed_at: {
    type: 'date',
    description: 'The day it signed (YYYY-MM-DD).',
    constraints: { required: true },
  },
}

export type SignatoryRow = Record<(typeof signatoryColumns)[number], string | number>

/** The statement fields a row names, in the file's language (or the original's). */
export type SignedStatement = { title: string; url: string }

/** The files' filters: `statement` (its number) and `country` (ISO 3166-1 alpha-2), both optional. */
export const signatoryFilters = z.object({
  statement: z.coerce
    .number({ message: 'statement must be a statement number, such as statement=12.' })
    .int('statement must be a statement number, such as statement=12.')
    .positive('statement must be a statement number, such as statement=12.')
    .optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'country must be a two-letter country code, such as country=KE.')
    .transform((code) => code.toUpperCase())
    .optional(),
})
export type SignatoryFilters = z.infer<typeof signatoryFilters>

/** The filters of a query string: empty values are no filter, a repeated one is refused. */
export function parseSignatoryFilters(params: URLSearchParams) {
  const query: Record<string, string> = {}
  const problems: string[] = []
  for (const key of ['statement', 'country'] as const) {
    const values = params.getAll(key).filter((value) => value !== '')
    if (values.length > 1) problems.push(`${key} can be given once.`)
    if (values[0] !== undefined) query[key] = values[0]
  }
  const parsed = signatoryFilters.safeParse(query)
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.message))
  return problems.length > 0 || !parsed.success
    ? ({ ok: false, problems } as const)
    : ({ ok: true, filters: parsed.data } as const)
}

/** The rows of the files, in signing order (oldest first) then by organization. */
export function signatoryRows(
  data: SignatoriesData,
  statements: Record<number, SignedStatement>,
  locale: Locale,
  filters: SignatoryFilters,
  organizationUrl: (slug: string) => string,
): SignatoryRow[] {
  const byId = new Map(data.signatories.map((signatory) => [signatory.id, signatory]))
  return data.signatures
    .flatMap((signature) => {
      const signatory = byId.get(signature.signatory)
      const statement = statements[signature.statement]
      if (!signatory || !statement) return []
      if (filters.statement && signature.statement !== filters.statement) return []
      if (filters.country && signatory.country !== filters.country) return []
      const name = nameIn(signatory.names, locale)
      return [
        {
          statement_id: signature.statement,
          statement_title: statement.title,
          statement_url: statement.url,
          organization: name.text,
          organization_language: name.locale,
          organization_slug: signatory.slug,
          organization_url: organizationUrl(signatory.slug),
          country_code: signatory.country,
          country: countryName(data, signatory.country, locale),
          type: signatory.type,
          website: signatory.website ?? '',
          signed_at: signature.signedAt,
        },
      ]
    })
    .sort(
      (a, b) =>
        a.signed_at.localeCompare(b.signed_at) ||
        a.statement_id - b.statement_id ||
        a.organization_slug.localeCompare(b.organization_slug),
    )
}

/** CSV: UTF-8 with a byte-order mark (so spreadsheets read accents and Arabic), as the reactions' file. */
export function signatoriesCsv(rows: readonly SignatoryRow[]): string {
  const lines = rows.map((row) => signatoryColumns.map((column) => row[column]))
  return `\uFEFF${stringify([[...signatoryColumns], ...lines])}`
}

export function signatoriesJson(
  rows: readonly SignatoryRow[],
  filters: SignatoryFilters,
  licence: string,
) {
  return {
    licence,
    generatedAt: new Date().toISOString(),
    filters: { statement: filters.statement ?? null, country: filters.country ?? null },
    columns: signatoryColumns,
    count: rows.length,
    signatures: rows,
  }
}

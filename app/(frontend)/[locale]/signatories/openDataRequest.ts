import { hasLocale } from 'next-intl'

import { type Locale, localeCodes } from '@/i18n/locales'
import { signatoryRowsIn } from '@/lib/openData/current'
import {
  parseSignatoryFilters,
  type SignatoryFilters,
  type SignatoryRow,
} from '@/lib/signatories/openData'

export { openDataHeaders, refusalHeaders, releaseHeaders } from '../reactions/openDataRequest'

export type SignatoriesRequest =
  | { kind: 'unknown-locale' }
  | { kind: 'invalid-filters'; problems: string[] }
  | {
      kind: 'rows'
      locale: Locale
      filters: SignatoryFilters
      rows: SignatoryRow[]
      fileName: string
    }

/**
 * What /[locale]/signatories.csv and .json share: every public signature (or one statement's, one
 * country's), in the file's language, or the filters that cannot be applied.
 */
export async function readSignatoriesRequest(
  request: Request,
  localeParam: string,
): Promise<SignatoriesRequest> {
  if (!hasLocale(localeCodes, localeParam)) return { kind: 'unknown-locale' }
  const locale = localeParam
  const parsed = parseSignatoryFilters(new URL(request.url).searchParams)
  if (!parsed.ok) return { kind: 'invalid-filters', problems: parsed.problems }
  const rows = await signatoryRowsIn(locale, parsed.filters)
  const { statement, country } = parsed.filters
  const fileName = ['amicus-signatories', locale, statement, country?.toLowerCase()]
    .filter(Boolean)
    .join('-')
  return { kind: 'rows', locale, filters: parsed.filters, rows, fileName }
}

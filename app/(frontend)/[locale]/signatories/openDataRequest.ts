import { hasLocale } from 'next-intl'

import { type Locale, localeCodes } from '@/i18n/locales'
import { env } from '@/lib/env'
import { signatoriesData, signedStatements } from '@/lib/data/signatories'
import { localized, paths } from '@/lib/paths'
import {
  parseSignatoryFilters,
  type SignatoryFilters,
  type SignatoryRow,
  signatoryRows,
} from '@/lib/signatories/openData'

export { openDataHeaders, refusalHeaders } from '../reactions/openDataRequest'

const absolute = (path: string) => new URL(path, env.NEXT_PUBLIC_SERVER_URL).toString()

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
  const [data, cards] = await Promise.all([signatoriesData(), signedStatements(locale)])
  const statements = Object.fromEntries(
    Object.entries(cards).map(([id, card]) => [
      id,
      { title: card.title, url: absolute(localized(locale, paths.statement(card.slug))) },
    ]),
  )
  const rows = signatoryRows(data, statements, locale, parsed.filters, (slug) =>
    absolute(localized(locale, paths.signatory(slug))),
  )
  const { statement, country } = parsed.filters
  const fileName = ['amicus-signatories', locale, statement, country?.toLowerCase()]
    .filter(Boolean)
    .join('-')
  return { kind: 'rows', locale, filters: parsed.filters, rows, fileName }
}

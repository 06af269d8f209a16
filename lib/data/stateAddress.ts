import { notFound, permanentRedirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { decodeSegment, pageLocale } from '@/lib/locale'

import { stateRecord } from './reactions'

/**
 * The State a page's address names (ISO 3166-1 alpha-2, lowercase), with its record: another
 * spelling of the code redirects to `canonical`, anything else is a 404. The State's page and
 * its embedded card share this rule.
 */
export async function stateAtAddress(
  params: Promise<{ locale: string; iso2: string }>,
  canonical: (locale: Locale, iso2: string) => string,
) {
  const locale = await pageLocale(params)
  const code = decodeSegment((await params).iso2) ?? notFound()
  if (!/^[a-z]{2}$/i.test(code)) notFound()
  if (code !== code.toLowerCase()) permanentRedirect(canonical(locale, code))
  const record = await stateRecord(locale, code.toUpperCase())
  if (!record) notFound()
  return { locale, ...record }
}

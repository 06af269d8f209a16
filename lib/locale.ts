import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { type Locale, localeCodes } from '@/i18n/locales'

/** The locale of a page's params, or the 404 page; also tells next-intl (static rendering). */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/**
 * A path segment as text (Next may hand it over still percent-encoded), or null for a broken
 * escape or a control character: no address of ours has one, and Postgres refuses a NUL outright.
 */
export function decodeSegment(segment: string): string | null {
  let text: string
  try {
    text = decodeURIComponent(segment)
  } catch {
    return null
  }
  return /[\u0000-\u001f\u007f]/.test(text) ? null : text
}

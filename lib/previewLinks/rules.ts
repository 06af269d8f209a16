import { type Locale, localeCodes } from '@/i18n/locales'
import { localized } from '@/lib/paths'

/** A link opens one language of the release, or every language it is released in. */
export const previewLinkLocales = [...localeCodes, 'all'] as const
export type PreviewLinkLocale = (typeof previewLinkLocales)[number]

export type PreviewLinkTerms = {
  locale: PreviewLinkLocale
  expiresAt: string
  revokedAt?: string | null
}

/** Whether a link opens a page in `locale` at `now`, and if not, why. */
export type PreviewStanding = 'open' | 'revoked' | 'expired' | 'otherLanguage'

export function previewStanding(
  link: PreviewLinkTerms,
  locale: Locale,
  now: Date = new Date(),
): PreviewStanding {
  if (link.revokedAt) return 'revoked'
  if (new Date(link.expiresAt).getTime() <= now.getTime()) return 'expired'
  if (link.locale !== 'all' && link.locale !== locale) return 'otherLanguage'
  return 'open'
}

/** The languages a link opens, among those its release is published in. */
export const previewLanguages = (link: Pick<PreviewLinkTerms, 'locale'>, released: Locale[]) =>
  link.locale === 'all' ? released : released.filter((code) => code === link.locale)

/** Paths of the press preview, under their own prefix so that no cache rule of public pages applies. */
export const pressPaths = {
  release: (locale: Locale, token: string) => localized(locale, `/press/${token}`),
  statement: (locale: Locale, token: string, id: number) =>
    localized(locale, `/press/${token}/statements/${id}`),
}

/** Where a link first opens: its own language, or English for a link to every language. */
export const previewLinkAddress = (serverURL: string, token: string, locale: PreviewLinkLocale) =>
  new URL(pressPaths.release(locale === 'all' ? 'en' : locale, token), serverURL).href

/**
 * A new or changed expiry must lie ahead; one left as it was may have passed (revoking an expired
 * link is still a save).
 */
export function expiryProblem(
  value: unknown,
  previousValue: unknown,
  now: Date = new Date(),
): string | null {
  if (typeof value !== 'string' && !(value instanceof Date))
    return 'Give the time the link expires.'
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return 'Give the time the link expires.'
  const previous = typeof previousValue === 'string' ? new Date(previousValue).getTime() : NaN
  if (time === previous || time > now.getTime()) return null
  return 'The link must expire after now: choose a later time.'
}

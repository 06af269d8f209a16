import type { Locale } from '@/i18n/locales'

/** Paths of public pages, without the locale prefix (next-intl's Link adds it). */
export const paths = {
  statements: '/statements',
  statement: (slug: string) => `/statements/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
  search: '/search',
  reactions: '/reactions',
  reactionsCsv: '/reactions.csv',
  reactionsJson: '/reactions.json',
  state: (iso2: string) => `/states/${iso2.toLowerCase()}`,
} as const

/** A full path with its locale, for places that are not links (alternates, feeds, sitemaps). */
export const localized = (locale: Locale, path: string) =>
  path === '/' ? `/${locale}` : `/${locale}${path}`

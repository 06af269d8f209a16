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
  signatory: (slug: string) => `/signatories/${encodeURIComponent(slug)}`,
  /** A statement's signatories from one country: a page rendered per request. */
  statementSignatories: (slug: string, country: string) =>
    `/statements/${encodeURIComponent(slug)}/signatories?country=${encodeURIComponent(country)}`,
  signatoriesCsv: '/signatories.csv',
  signatoriesJson: '/signatories.json',
  /** The open data: current files and dated releases. */
  data: '/data',
  dataPackage: '/datapackage.json',
} as const

/** A full path with its locale, for places that are not links (alternates, feeds, sitemaps). */
export const localized = (locale: Locale, path: string) =>
  path === '/' ? `/${locale}` : `/${locale}${path}`

import type { Locale } from '@/i18n/locales'

/** Paths of public pages, without the locale prefix (next-intl's Link adds it). */
export const paths = {
  statements: '/statements',
  statement: (slug: string) => `/statements/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
  /** A topic's Atom feed: its statements published in the reader's language. */
  topicFeed: (slug: string) => `/topics/${encodeURIComponent(slug)}/feed.xml`,
  search: '/search',
  reactions: '/reactions',
  reactionChanges: '/reactions/changes',
  reactionsCsv: '/reactions.csv',
  reactionsJson: '/reactions.json',
  state: (iso2: string) => `/states/${iso2.toLowerCase()}`,
  /** A State's Atom feed: its verified reactions. */
  stateFeed: (iso2: string) => `/states/${iso2.toLowerCase()}/feed.xml`,
  /** The Atom feed of States whose latest stance differs from their previous one. */
  stanceChangesFeed: '/reactions/changes/feed.xml',
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

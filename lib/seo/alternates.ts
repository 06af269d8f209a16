import type { Metadata } from 'next'

import { sourceLocale, type Locale, localeCodes } from '@/i18n/locales'
import { localized } from '@/lib/paths'

/** The RSS feed of a language, announced in the head of every page in it. */
export const feedAlternate = (locale: Locale) => ({
  'application/rss+xml': localized(locale, '/feed.xml'),
})

/** A page's own Atom feed (a State's, a topic's): its path without the locale, and its title. */
export type OwnFeed = { path: string; title: string }

/**
 * Canonical URL, hreflang alternates (plus x-default) and the language's feed for a page, given
 * its path in each locale where it exists, and the page's own feed if it has one. Paths are
 * site-relative; the layout's metadataBase makes them absolute. (A page's `alternates` replaces
 * the layout's whole, feed included.)
 */
export function alternatesFor(
  locale: Locale,
  pathByLocale: Partial<Record<Locale, string>>,
  ownFeed?: OwnFeed,
): Metadata['alternates'] {
  const languages: Record<string, string> = {}
  for (const code of localeCodes) {
    const path = pathByLocale[code]
    if (path !== undefined) languages[code] = localized(code, path)
  }
  const fallback = languages[sourceLocale]
  if (fallback) languages['x-default'] = fallback
  const types = ownFeed
    ? {
        ...feedAlternate(locale),
        'application/atom+xml': [{ url: localized(locale, ownFeed.path), title: ownFeed.title }],
      }
    : feedAlternate(locale)
  return { canonical: languages[locale] ?? fallback, languages, types }
}

/** The same path in every locale (pages whose address has no slug). */
export const everyLocale = (path: string) =>
  Object.fromEntries(localeCodes.map((code) => [code, path]))

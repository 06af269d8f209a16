import { Feed } from 'feed'

import type { Locale } from '@/i18n/locales'
import { escapeHtml } from '@/lib/proxy/answers'

/**
 * Atom 1.0 documents for the feeds that follow one thing (a State, a topic, changes of stance).
 * Atom rather than RSS 2.0: an entry's id is a URI of its own that readers must keep (RSS's guid
 * is a hint), dates are unambiguous (RFC 3339), the language is the feed's `xml:lang` and the
 * summary is declared HTML. The site-wide feed stays RSS for its existing subscribers.
 */

/** How many entries a feed carries, as the site-wide feed: the newest. */
export const feedSize = 20

export type AtomEntry = {
  id: string
  title: string
  /** Absolute URL of what the entry is about. */
  link: string
  /** Markup: build it with `textIn` and `textLink`, which escape the text. */
  summaryHtml: string
  date: Date
}

export type AtomDocument = {
  locale: Locale
  id: string
  title: string
  subtitle: string
  /** Absolute URLs: the page the feed follows, and the feed itself. */
  page: string
  self: string
  /** Who publishes the feed (Atom wants an author for every entry; the feed's stands in). */
  author: string
  entries: AtomEntry[]
}

/** Plain text as markup, in an element of its own language when it is not the feed's. */
export function textIn(
  element: 'p' | 'blockquote',
  text: string,
  language?: { lang: string; dir: string },
) {
  const attributes = language
    ? ` lang="${escapeHtml(language.lang)}" dir="${escapeHtml(language.dir)}"`
    : ''
  return `<${element}${attributes}>${escapeHtml(text)}</${element}>`
}

/** A link with plain text; the address is escaped for the attribute. */
export const textLink = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

const feedRoot = '<feed xmlns="http://www.w3.org/2005/Atom">'

/** The feed as XML. Entries are written in the order given. */
export function atomXml(document: AtomDocument): string {
  const feed = new Feed({
    id: document.id,
    title: document.title,
    description: document.subtitle,
    link: document.page,
    feedLinks: { atom: document.self },
    author: { name: document.author },
    copyright: document.author,
    generator: false,
    // Atom requires a date: the newest entry's, else the epoch (a feed with nothing in it yet)
    // rather than the time of the request, so that the same content gives the same document.
    updated: new Date(Math.max(0, ...document.entries.map((entry) => entry.date.getTime()))),
  })
  for (const entry of document.entries) {
    feed.addItem({
      id: entry.id,
      link: entry.link,
      // `feed` writes titles as type="html": the text is escaped to stay text.
      title: escapeHtml(entry.title),
      description: entry.summaryHtml,
      date: entry.date,
    })
  }
  const xml = feed.atom1()
  // `feed` has no option for the language of an Atom document (its `language` is RSS only).
  if (!xml.includes(feedRoot)) throw new Error('The Atom document has no <feed> root to mark.')
  return xml.replace(
    feedRoot,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${document.locale}">`,
  )
}

/** A feed as the routes serve it, cached as the site-wide feed is (its data, by tag, in lib/data). */
export const atomResponse = (xml: string) =>
  new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })

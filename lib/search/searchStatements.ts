import { sql } from '@payloadcms/db-postgres'

import { type Locale, sourceLocale } from '@/i18n/locales'
import { payloadClient } from '@/lib/data/payload'

import { searchDocumentSql, textSearchConfig } from './textSearchConfig'

export const maxQueryLength = 200

/** How many of the newest matches are ranked by relevance. */
const rankedMatches = 300

// Private-use characters mark matches in excerpts; the page turns them into <mark> elements,
// so no HTML ever comes out of the database.
export const matchStart = '\uE000'
export const matchEnd = '\uE001'

export type SearchHit = {
  id: number
  title: string
  slug: string
  publishedAt: string
  /** The language of the title and excerpt: the reader's, or the original's. */
  contentLocale: Locale
  excerpt: string
}

/**
 * At most `maxQueryLength` characters, cut between words so no word is searched half-typed.
 * Control characters (a NUL cannot even reach Postgres) become spaces, and a run of minus
 * signs becomes one: `websearch_to_tsquery` nests each as a NOT, and fails from 32 on
 * ("tsquery stack too small").
 */
export function capQuery(query: string): string {
  const trimmed = query
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/-(?:\s*-)+/g, '-')
    .trim()
  if (trimmed.length <= maxQueryLength) return trimmed
  const cut = trimmed.slice(0, maxQueryLength + 1)
  const lastSpace = cut.search(/\s\S*$/)
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxQueryLength)).trim()
}

type Row = {
  id: number
  title: string
  slug: string
  published_at: Date | string
  content_locale: Locale
  excerpt: string
}

/**
 * Published statements whose text matches `query`, best first: their version in `locale`, or
 * the original (English, searched as English) where there is none, as the lists show them.
 * The query is read as a web search (quotes, OR, -word); nothing in it can break the SQL.
 */
export async function searchStatements(
  locale: Locale,
  query: string,
  limit = 20,
): Promise<SearchHit[]> {
  const terms = capQuery(query)
  if (!terms) return []
  const payload = await payloadClient()
  const headlineOptions = `StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`
  // Each branch finds one language's matches through that language's index
  // (migrations/…_search_indexes): its configuration and the indexed expression are written as
  // constants so the planner sees they are the same. Only row ids and dates leave the branches;
  // texts are read for the ranked matches alone, and excerpts made for the shown hits alone.
  // A language is published for a statement once a translation into it was accepted (lib/translations).
  const publishedIn = (code: Locale, alias: string) =>
    code === sourceLocale
      ? 'TRUE'
      : `EXISTS (SELECT 1 FROM statements_locale_versions v WHERE v._parent_id = ${alias}._parent_id AND v.locale::text = '${code}')`
  const branch = (code: Locale, extra = 'TRUE') => {
    const config = `'${textSearchConfig[code]}'::regconfig`
    return sql`
      SELECT l.id, s.published_at, ${sql.raw(config)} AS config, websearch_to_tsquery(${sql.raw(config)}, ${terms}) AS query
      FROM statements_locales l
      JOIN statements s ON s.id = l._parent_id AND s._status = 'published'
      WHERE l._locale = ${sql.raw(`'${code}'`)} AND l.title IS NOT NULL AND l.slug IS NOT NULL
        AND ${sql.raw(publishedIn(code, 'l'))} AND ${sql.raw(extra)}
        AND ${sql.raw(searchDocumentSql(code, 'l'))} @@ websearch_to_tsquery(${sql.raw(config)}, ${terms})`
  }
  // Statements with no version in the reader's language are searched in their original.
  const withoutOwnVersion = `NOT EXISTS (
    SELECT 1 FROM statements_locales own WHERE own._parent_id = l._parent_id AND own._locale = '${locale}' AND own.title IS NOT NULL AND own.slug IS NOT NULL
      AND ${publishedIn(locale, 'own')})`
  const branches =
    locale === sourceLocale
      ? branch(locale)
      : sql`${branch(locale)} UNION ALL ${branch(sourceLocale, withoutOwnVersion)}`
  // A word found in thousands of statements would have each of them ranked: the newest matches
  // are ranked instead (a news site's readers want recent ones), which keeps a search fast.
  const result = await payload.db.drizzle.execute<Row>(sql`
    SELECT id, title, slug, published_at, content_locale,
      ts_headline(config, text, query, ${headlineOptions}) AS excerpt
    FROM (
      SELECT l._parent_id AS id, l.title, l.slug, recent.published_at, l._locale::text AS content_locale,
        recent.config, recent.query, ranked.text, ts_rank(to_tsvector(recent.config, l.title || ' ' || ranked.text), recent.query) AS rank
      FROM (SELECT * FROM (${branches}) AS matched ORDER BY published_at DESC LIMIT ${rankedMatches}) AS recent
      JOIN statements_locales l ON l.id = recent.id
      CROSS JOIN LATERAL (SELECT coalesce(l.standfirst, '') || ' ' || coalesce(l.search_text, '') AS text) AS ranked
      ORDER BY rank DESC, recent.published_at DESC
      LIMIT ${limit}
    ) AS best
    ORDER BY rank DESC, published_at DESC
  `)
  return result.rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    publishedAt: new Date(row.published_at).toISOString(),
    contentLocale: row.content_locale,
    excerpt: row.excerpt,
  }))
}

import { sql } from '@payloadcms/db-postgres'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { sourceLocale } from '@/lib/translations/source'
import { payloadClient } from '@/lib/data/payload'

import { textSearchConfig } from './textSearchConfig'

export const maxQueryLength = 200

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
 * Control characters (a NUL cannot even reach Postgres) become spaces.
 */
export function capQuery(query: string): string {
  const trimmed = query.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
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
export async function searchStatements(locale: Locale, query: string, limit = 20): Promise<SearchHit[]> {
  const terms = capQuery(query)
  if (!terms) return []
  const payload = await payloadClient()
  const headlineOptions = `StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`
  const result = await payload.db.drizzle.execute<Row>(sql`
    WITH published_versions AS (
      -- The original, and each language whose translation was accepted (lib/translations).
      SELECT l._parent_id AS id, l._locale::text AS locale, l.title, l.slug, l.standfirst, l.search_text
      FROM statements_locales l
      WHERE l.title IS NOT NULL AND l.slug IS NOT NULL
        AND (l._locale::text = ${sourceLocale} OR EXISTS (
          SELECT 1 FROM statements_locale_versions v WHERE v._parent_id = l._parent_id AND v.locale::text = l._locale::text))
    ), shown AS (
      SELECT s.id, s.published_at, l.title, l.slug, l.locale AS content_locale,
        coalesce(l.standfirst, '') || ' ' || coalesce(l.search_text, '') AS text,
        (CASE WHEN l.locale = ${locale} THEN ${textSearchConfig[locale]} ELSE ${textSearchConfig[defaultLocale]} END)::regconfig AS config
      FROM statements s
      JOIN published_versions l ON l.id = s.id
      WHERE s._status = 'published'
        AND (l.locale = ${locale} OR (l.locale = ${defaultLocale} AND NOT EXISTS (
          SELECT 1 FROM published_versions own WHERE own.id = s.id AND own.locale = ${locale})))
    ), matched AS (
      SELECT shown.*, websearch_to_tsquery(config, ${terms}) AS query, to_tsvector(config, title || ' ' || text) AS document
      FROM shown
    )
    SELECT id, title, slug, published_at, content_locale,
      ts_headline(config, text, query, ${headlineOptions}) AS excerpt
    FROM matched
    WHERE document @@ query
    ORDER BY ts_rank(document, query) DESC, published_at DESC
    LIMIT ${limit}
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

import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import { payloadClient } from '@/lib/data/payload'

import { textSearchConfig } from './textSearchConfig'

export const maxQueryLength = 200

// Private-use characters mark matches in excerpts; the page turns them into <mark> elements,
// so no HTML ever comes out of the database.
export const matchStart = '\uE000'
export const matchEnd = '\uE001'

export type SearchHit = { id: number; title: string; slug: string; publishedAt: string; excerpt: string }

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

type Row = { id: number; title: string; slug: string; published_at: Date | string; excerpt: string }

/**
 * Published statements whose text in `locale` matches `query`, best first. The query is read
 * as a web search (quotes, OR, -word); nothing in it can break the SQL or the parser.
 */
export async function searchStatements(locale: Locale, query: string, limit = 20): Promise<SearchHit[]> {
  const terms = capQuery(query)
  if (!terms) return []
  const config = textSearchConfig[locale]
  const payload = await payloadClient()
  const document = sql`to_tsvector(${config}::regconfig, coalesce(l.title, '') || ' ' || coalesce(l.standfirst, '') || ' ' || coalesce(l.search_text, ''))`
  const tsQuery = sql`websearch_to_tsquery(${config}::regconfig, ${terms})`
  const result = await payload.db.drizzle.execute<Row>(sql`
    SELECT s.id, l.title, l.slug, s.published_at,
      ts_headline(${config}::regconfig, coalesce(l.standfirst, '') || ' ' || coalesce(l.search_text, ''), ${tsQuery},
        ${`StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS excerpt
    FROM statements s
    JOIN statements_locales l ON l._parent_id = s.id AND l._locale = ${locale}
    WHERE s._status = 'published' AND l.slug IS NOT NULL AND ${document} @@ ${tsQuery}
    ORDER BY ts_rank(${document}, ${tsQuery}) DESC, s.published_at DESC
    LIMIT ${limit}
  `)
  return result.rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    publishedAt: new Date(row.published_at).toISOString(),
    excerpt: row.excerpt,
  }))
}

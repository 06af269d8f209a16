import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale, TargetLocale } from '@/i18n/locales'
import { postgres } from '@/lib/db/postgres'

import { shortSourceLength } from './indexesSql'
import { evenText } from './segmentKey'
import { entryOf, type EntryRow, type MemoryEntry } from './store'

/**
 * Fuzzy matches: the remembered translations whose source reads most like a segment to
 * translate, by trigram similarity (pg_trgm: shared three-letter sequences over all of both
 * texts' sequences, 0 to 1), found through the sentence index for segments of several sentences,
 * the short-source index for short ones and the trigram index for the others (see fuzzyQuery).
 */

/**
 * The least similarity offered by default. Trigram similarity counts a changed word several times
 * over (its trigrams and its neighbours'), so it reads lower than a CAT tool's word-based
 * percentage: a paragraph with a word or two changed scores 0.8–0.95, a title with one word
 * changed 0.55–0.8, two different paragraphs on the same subject 0.2–0.4 (pg_trgm's own default,
 * 0.3, offers some of those). Below 0.5 a suggestion costs more reading than it saves typing.
 */
export const defaultThreshold = 0.5

/** Suggestions shown per segment by default. */
export const defaultLimit = 3

/** A remembered translation offered for a segment, with how like the segment its source is. */
export type FuzzySuggestion = MemoryEntry & { score: number }

export type FuzzyOptions = {
  limit?: number
  threshold?: number
  /** Give up after this long (Postgres's statement timeout): see `isLookupTimeout`. */
  timeoutMs?: number
}

/** Whether `error` is a lookup that ran out of its `timeoutMs` (Postgres's query_canceled). */
export function isLookupTimeout(error: unknown): boolean {
  const codeOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'code' in value ? value.code : undefined
  return codeOf(error) === '57014' || (error instanceof Error && codeOf(error.cause) === '57014')
}

/**
 * For each text, up to `limit` remembered translations in this language pair whose source has a
 * similarity of at least `threshold` with it, best first (newest first among equals). A source
 * and translation the memory holds several times (other statements, TMX) is offered once.
 * One query for all the texts; the result has the texts' order.
 */
export async function fuzzySuggestions(
  payload: Payload,
  pair: { sourceLocale: Locale; targetLocale: TargetLocale },
  texts: string[],
  { limit = defaultLimit, threshold = defaultThreshold, timeoutMs }: FuzzyOptions = {},
): Promise<FuzzySuggestion[][]> {
  const queries = texts.map(evenText)
  if (!queries.some(Boolean)) return texts.map(() => [])
  if (!(threshold > 0 && threshold <= 1)) throw new Error('The threshold is between 0 and 1.')
  const rows = await postgres(payload).drizzle.transaction(async (tx) => {
    await tx.execute(similarityThreshold(threshold))
    if (timeoutMs)
      await tx.execute(sql`SELECT set_config('statement_timeout', ${String(timeoutMs)}, true)`)
    const { rows: counted } = await tx.execute<{ sentences: number }>(sql`
      SELECT cardinality(translation_memory_sentences(text)) AS sentences
      FROM unnest(${sql.param(queries)}::text[]) WITH ORDINALITY AS query(text, n) ORDER BY n`)
    // Each text goes one way; the other ways get '' in its place, which they skip.
    const way = counted.map((row, index) => lookupWay(queries[index], row.sentences, threshold))
    const found: (EntryRow & { query: number; score: number })[] = []
    for (const by of ['sentences', 'nearest', 'trigrams'] as const) {
      const texts = queries.map((text, index) => (way[index] === by ? text : ''))
      if (!texts.some(Boolean)) continue
      const { rows } = await tx.execute<EntryRow & { query: number; score: number }>(
        fuzzyQuery(pair, texts, { by, limit, threshold }),
      )
      found.push(...rows)
    }
    return found
  })
  const found: FuzzySuggestion[][] = texts.map(() => [])
  for (const row of rows) found[Number(row.query) - 1].push({ ...entryOf(row), score: row.score })
  return found
}

type LookupWay = 'sentences' | 'nearest' | 'trigrams'

/**
 * How a text is looked up. A source at least `threshold` similar to a text has at most about
 * 1 / threshold times its trigrams, so a text up to `shortSourceLength × threshold` characters
 * finds all its matches among the short sources.
 */
function lookupWay(text: string, sentences: number, threshold: number): LookupWay {
  if (sentences >= 2) return 'sentences'
  return text.length <= shortSourceLength * threshold ? 'nearest' : 'trigrams'
}

/**
 * The least similarity `%` accepts, for the current transaction only: it is a setting, and set
 * for the session it would leak to the pool's other users. (`%` is what the trigram index
 * answers; a `similarity(…) >= x` filter is not indexable and reads the whole table.)
 */
export function similarityThreshold(threshold: number) {
  return sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`
}

/**
 * The lookup itself, run after `similarityThreshold`: one lateral search per text. A text of
 * several sentences is looked for among the rows sharing a whole sentence with it (the sentence
 * index); a short one among the short sources nearest it (the short-source index, walked in
 * order of distance); any other by its trigrams (`%`, the trigram index). Either way the score is
 * the trigram similarity.
 */
export function fuzzyQuery(
  pair: { sourceLocale: Locale; targetLocale: TargetLocale },
  texts: string[],
  { by, limit, threshold }: { by: LookupWay; limit: number; threshold: number },
) {
  const inPair = sql`source_locale = ${pair.sourceLocale} AND target_locale = ${pair.targetLocale}`
  const columns = sql`id, source_key, source_text, target_text, source, target, tags, origin,
    statement_id, translation_id, segment, stored_at, similarity(source_text, query.text) AS score`
  // The nearest sources, a few more than asked for since repeated pairs are offered once; the
  // length condition is the index's own, written out so that Postgres uses it.
  const candidates =
    by === 'nearest'
      ? sql`(SELECT ${columns} FROM translation_memory
          WHERE length(source_text) <= ${sql.raw(String(shortSourceLength))} AND ${inPair}
          ORDER BY source_text <-> query.text LIMIT ${limit * 4}) AS nearest
          WHERE score >= ${threshold}`
      : sql`(SELECT ${columns} FROM translation_memory
          WHERE ${
            by === 'sentences'
              ? sql`translation_memory_sentences(source_text) && translation_memory_sentences(query.text)
                AND similarity(source_text, query.text) >= ${threshold}`
              : sql`source_text % query.text`
          } AND ${inPair}) AS matching`
  return sql`
    SELECT query.n AS query, match.*
    FROM unnest(${sql.param(texts)}::text[]) WITH ORDINALITY AS query(text, n)
    CROSS JOIN LATERAL (
      SELECT * FROM (
        SELECT DISTINCT ON (source_text, target_text) * FROM ${candidates}
        ORDER BY source_text, target_text, stored_at DESC, id DESC
      ) AS distinct_pairs
      ORDER BY score DESC, stored_at DESC, id DESC
      LIMIT ${limit}
    ) AS match
    WHERE query.text <> ''
    ORDER BY query.n, match.score DESC, match.stored_at DESC, match.id DESC`
}

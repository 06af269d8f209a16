/**
 * The indexes of the translation memory that Payload's schema cannot state: a trigram index for
 * fuzzy matches (pg_trgm, a trusted extension a database owner may create) and the exact-match
 * lookup by language pair and source key. Idempotent DDL: run by the migration that creates the
 * table, and after the schema push in development.
 */
export const memoryIndexesSql = `CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS translation_memory_source_text_trgm ON translation_memory USING gin (source_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS translation_memory_exact ON translation_memory (source_locale, target_locale, source_key, stored_at DESC);`

/**
 * The candidates of a fuzzy match of a segment of several sentences: the rows that share one
 * whole sentence with it (a lightly edited paragraph keeps most of its sentences whole). Trigrams
 * alone are too common in prose on one subject: at 300,000 rows the trigram index took seconds
 * to find them (docs/performance.md). Sentences end at `.`, `!` or `?` before white space; those
 * of 20 characters or fewer ("See below.") would match too much and are left out. The same rule
 * tells whether a text has sentences enough to be looked up so (lib/translationMemory/fuzzy.ts).
 */
export const memorySentenceIndexSql = `CREATE OR REPLACE FUNCTION translation_memory_sentences(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT left(md5(lower(sentence)), 16)), '{}')
        FROM regexp_split_to_table($1, '(?<=[.!?])\\s+') AS sentence WHERE length(sentence) > 20 $$;
CREATE INDEX IF NOT EXISTS translation_memory_sentences ON translation_memory USING gin (translation_memory_sentences(source_text));`

/** The longest source a short-text index entry holds (see memoryNearestIndexSql). */
export const shortSourceLength = 400

/**
 * The candidates of a fuzzy match of a one-sentence segment (a title, an SEO field, a list item):
 * the sources nearest it by trigram distance, walked in order through a GiST index (`<->`), which
 * answered in about 230 ms where the trigram GIN index (`%`) took seconds at 300,000 rows. Only
 * sources up to `shortSourceLength` characters are in it: long ones saturate its signatures. (A
 * larger signature, `gist_trgm_ops(siglen=…)`, was faster still, but Postgres 15.18 then refused
 * to drop the index, "operator class has no options", which broke restoring a backup.)
 */
export const memoryNearestIndexSql = `CREATE INDEX IF NOT EXISTS translation_memory_short_sources ON translation_memory USING gist (source_text gist_trgm_ops) WHERE length(source_text) <= ${shortSourceLength};`

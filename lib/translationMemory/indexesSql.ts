/**
 * The indexes of the translation memory that Payload's schema cannot state: a trigram index for
 * fuzzy matches (pg_trgm, a trusted extension a database owner may create) and the exact-match
 * lookup by language pair and source key. Idempotent DDL: run by the migration that creates the
 * table, and after the schema push in development.
 */
export const memoryIndexesSql = `CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS translation_memory_source_text_trgm ON translation_memory USING gin (source_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS translation_memory_exact ON translation_memory (source_locale, target_locale, source_key, stored_at DESC);`

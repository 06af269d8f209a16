import type { Locale } from '@/i18n/locales'

/**
 * Full-text search in each language's own grammar, accent-insensitive ("independance" finds
 * "indépendance"): one Postgres text search configuration per locale, built on the stock
 * stemmer with `unaccent` in front. Arabic uses Postgres's Arabic stemmer.
 */
export const textSearchConfig: Record<Locale, string> = {
  en: 'amicus_en',
  fr: 'amicus_fr',
  es: 'amicus_es',
  ar: 'amicus_ar',
}

const stemmers: Record<Locale, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ar: 'arabic',
}

/** Idempotent DDL: run by a migration, and after the schema push in development. */
export function textSearchSetupSql(): string {
  const configs = (Object.keys(textSearchConfig) as Locale[]).map((locale) => {
    const name = textSearchConfig[locale]
    const stem = stemmers[locale]
    return `
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${name}') THEN
      CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${stem});
      ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}_stem;
    END IF;`
  })
  return `CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN${configs.join('')}
END
$$;`
}

/**
 * What a statement's version is searched by, over a `statements_locales` row: the indexes below
 * are built on exactly this expression, and the search query repeats it, so Postgres uses them.
 */
export function searchDocumentSql(locale: Locale, alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name)
  return `to_tsvector('${textSearchConfig[locale]}'::regconfig, coalesce(${column('title')}, '') || ' ' || coalesce(${column('standfirst')}, '') || ' ' || coalesce(${column('search_text')}, ''))`
}

/**
 * One GIN index per language, on its own rows only, written to directly: with GIN's default
 * pending list, rows saved since the last vacuum (an import, the bench's 40,000) are matched by
 * reading every one of them, which made each search ten times slower until autovacuum came by.
 * Statements are written by editors, rarely; searches are read on every request.
 */
export function searchIndexesSql(): string {
  return (Object.keys(textSearchConfig) as Locale[])
    .map(
      (locale) =>
        `CREATE INDEX IF NOT EXISTS statements_locales_search_${locale} ON statements_locales USING gin (${searchDocumentSql(locale)}) WITH (fastupdate = off) WHERE _locale = '${locale}';`,
    )
    .join('\n')
}

/**
 * The same for indexes made before: what waits in their pending lists is moved into them.
 * `reset` puts back Postgres's default (a pending list), as the indexes were made.
 */
export function searchIndexesDirectSql(mode: 'direct' | 'reset' = 'direct'): string {
  return (Object.keys(textSearchConfig) as Locale[])
    .map((locale) =>
      mode === 'direct'
        ? `ALTER INDEX statements_locales_search_${locale} SET (fastupdate = off);\nSELECT gin_clean_pending_list('statements_locales_search_${locale}'::regclass);`
        : `ALTER INDEX statements_locales_search_${locale} RESET (fastupdate);`,
    )
    .join('\n')
}

export function searchIndexesTeardownSql(): string {
  return (Object.keys(textSearchConfig) as Locale[])
    .map((locale) => `DROP INDEX IF EXISTS statements_locales_search_${locale};`)
    .join('\n')
}

export function textSearchTeardownSql(): string {
  return Object.values(textSearchConfig)
    .map((name) => `DROP TEXT SEARCH CONFIGURATION IF EXISTS ${name};`)
    .join('\n')
}

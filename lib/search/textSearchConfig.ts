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

const stemmers: Record<Locale, string> = { en: 'english', fr: 'french', es: 'spanish', ar: 'arabic' }

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

export function textSearchTeardownSql(): string {
  return Object.values(textSearchConfig)
    .map((name) => `DROP TEXT SEARCH CONFIGURATION IF EXISTS ${name};`)
    .join('\n')
}

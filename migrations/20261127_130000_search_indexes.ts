import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Full-text search indexes, one per language on its own rows (outside Payload's schema): without
// them every search computes the text vectors of every statement. The search query repeats the
// indexed expression, so that Postgres uses them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS statements_locales_search_en ON statements_locales USING gin (to_tsvector('amicus_en'::regconfig, coalesce(title, '') || ' ' || coalesce(standfirst, '') || ' ' || coalesce(search_text, ''))) WHERE _locale = 'en';
  CREATE INDEX IF NOT EXISTS statements_locales_search_fr ON statements_locales USING gin (to_tsvector('amicus_fr'::regconfig, coalesce(title, '') || ' ' || coalesce(standfirst, '') || ' ' || coalesce(search_text, ''))) WHERE _locale = 'fr';
  CREATE INDEX IF NOT EXISTS statements_locales_search_es ON statements_locales USING gin (to_tsvector('amicus_es'::regconfig, coalesce(title, '') || ' ' || coalesce(standfirst, '') || ' ' || coalesce(search_text, ''))) WHERE _locale = 'es';
  CREATE INDEX IF NOT EXISTS statements_locales_search_ar ON statements_locales USING gin (to_tsvector('amicus_ar'::regconfig, coalesce(title, '') || ' ' || coalesce(standfirst, '') || ' ' || coalesce(search_text, ''))) WHERE _locale = 'ar';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS statements_locales_search_en;
  DROP INDEX IF EXISTS statements_locales_search_fr;
  DROP INDEX IF EXISTS statements_locales_search_es;
  DROP INDEX IF EXISTS statements_locales_search_ar;`)
}

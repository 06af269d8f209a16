import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "statements_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_statements_v_locales" ADD COLUMN "version_search_text" varchar;`)
  // Per-language, accent-insensitive text search configurations (outside Payload's schema): each
  // language's stock stemmer with `unaccent` in front.
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'amicus_en') THEN
      CREATE TEXT SEARCH CONFIGURATION amicus_en (COPY = english);
      ALTER TEXT SEARCH CONFIGURATION amicus_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'amicus_fr') THEN
      CREATE TEXT SEARCH CONFIGURATION amicus_fr (COPY = french);
      ALTER TEXT SEARCH CONFIGURATION amicus_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'amicus_es') THEN
      CREATE TEXT SEARCH CONFIGURATION amicus_es (COPY = spanish);
      ALTER TEXT SEARCH CONFIGURATION amicus_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'amicus_ar') THEN
      CREATE TEXT SEARCH CONFIGURATION amicus_ar (COPY = arabic);
      ALTER TEXT SEARCH CONFIGURATION amicus_ar ALTER MAPPING FOR hword, hword_part, word WITH unaccent, arabic_stem;
    END IF;
END
$$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TEXT SEARCH CONFIGURATION IF EXISTS amicus_en;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS amicus_fr;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS amicus_es;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS amicus_ar;`)
  // The up created it for these configurations, and nothing else uses it.
  await db.execute(sql`DROP EXTENSION IF EXISTS unaccent;`)
  await db.execute(sql`
   ALTER TABLE "statements_locales" DROP COLUMN "search_text";
  ALTER TABLE "_statements_v_locales" DROP COLUMN "version_search_text";`)
}

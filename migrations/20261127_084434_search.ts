import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { textSearchSetupSql, textSearchTeardownSql } from '@/lib/search/textSearchConfig'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "statements_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_statements_v_locales" ADD COLUMN "version_search_text" varchar;`)
  // Per-language, accent-insensitive text search configurations (outside Payload's schema).
  await db.execute(sql.raw(textSearchSetupSql()))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(textSearchTeardownSql()))
  // The up created it for these configurations, and nothing else uses it.
  await db.execute(sql`DROP EXTENSION IF EXISTS unaccent;`)
  await db.execute(sql`
   ALTER TABLE "statements_locales" DROP COLUMN "search_text";
  ALTER TABLE "_statements_v_locales" DROP COLUMN "version_search_text";`)
}

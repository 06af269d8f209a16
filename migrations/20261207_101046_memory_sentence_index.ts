import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { memorySentenceIndexSql } from '@/lib/translationMemory/indexesSql'

/** The translation memory's sentence index, the fast path of fuzzy matches. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(memorySentenceIndexSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS translation_memory_sentences;
  DROP FUNCTION IF EXISTS translation_memory_sentences(text);`)
}

import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { memoryNearestIndexSql, memorySentenceIndexSql } from '@/lib/translationMemory/indexesSql'

/** The translation memory's sentence and short-source indexes, the fast paths of fuzzy matches. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(memorySentenceIndexSql))
  await db.execute(sql.raw(memoryNearestIndexSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS translation_memory_short_sources;
  DROP INDEX IF EXISTS translation_memory_sentences;
  DROP FUNCTION IF EXISTS translation_memory_sentences(text);`)
}

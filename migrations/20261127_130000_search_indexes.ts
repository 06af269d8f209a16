import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchIndexesSql, searchIndexesTeardownSql } from '@/lib/search/textSearchConfig'

// Full-text search indexes, one per language (outside Payload's schema): without them every
// search computes the text vectors of every statement.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchIndexesSql()))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchIndexesTeardownSql()))
}

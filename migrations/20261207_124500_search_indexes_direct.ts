import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchIndexesDirectSql } from '@/lib/search/textSearchConfig'

// The search indexes without GIN's pending list (lib/search/textSearchConfig.ts says why).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchIndexesDirectSql('direct')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchIndexesDirectSql('reset')))
}

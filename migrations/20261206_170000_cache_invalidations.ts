import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { invalidationTable, invalidationTableSql } from '@/lib/cache/invalidationLog.mjs'

// The log of cache invalidations every serving process reads (outside Payload's schema).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(invalidationTableSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP TABLE IF EXISTS ${invalidationTable}`))
}

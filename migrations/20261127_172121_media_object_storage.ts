import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Where each media file sits in the bucket (the storage-s3 plugin's fields); added whether or not
// object storage is configured, so that the schema does not depend on it (lib/storage/objectStorage.ts).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reactions_source_check_status" AS ENUM('ok', 'redirected', 'failed', 'unreachable');
  ALTER TABLE "reactions" ADD COLUMN "archived_url" varchar;
  ALTER TABLE "reactions" ADD COLUMN "source_check_status" "enum_reactions_source_check_status";
  ALTER TABLE "reactions" ADD COLUMN "source_check_problem" varchar;
  ALTER TABLE "reactions" ADD COLUMN "source_check_http_status" numeric;
  ALTER TABLE "reactions" ADD COLUMN "source_final_url" varchar;
  ALTER TABLE "reactions" ADD COLUMN "source_checked_at" timestamp(3) with time zone;
  CREATE INDEX "reactions_source_check_status_idx" ON "reactions" USING btree ("source_check_status");
  CREATE INDEX "reactions_source_checked_at_idx" ON "reactions" USING btree ("source_checked_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "reactions_source_check_status_idx";
  DROP INDEX "reactions_source_checked_at_idx";
  ALTER TABLE "reactions" DROP COLUMN "archived_url";
  ALTER TABLE "reactions" DROP COLUMN "source_check_status";
  ALTER TABLE "reactions" DROP COLUMN "source_check_problem";
  ALTER TABLE "reactions" DROP COLUMN "source_check_http_status";
  ALTER TABLE "reactions" DROP COLUMN "source_final_url";
  ALTER TABLE "reactions" DROP COLUMN "source_checked_at";
  DROP TYPE "public"."enum_reactions_source_check_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_releases_made_by" AS ENUM('schedule', 'editor');
  CREATE TABLE "data_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"schema_version" varchar NOT NULL,
  	"content_hash" varchar NOT NULL,
  	"made_by" "enum_data_releases_made_by" NOT NULL,
  	"editor_id" integer,
  	"hashes" jsonb NOT NULL,
  	"files" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_releases_id" integer;
  ALTER TABLE "data_releases" ADD CONSTRAINT "data_releases_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "data_releases_date_idx" ON "data_releases" USING btree ("date");
  CREATE INDEX "data_releases_editor_idx" ON "data_releases" USING btree ("editor_id");
  CREATE INDEX "data_releases_updated_at_idx" ON "data_releases" USING btree ("updated_at");
  CREATE INDEX "data_releases_created_at_idx" ON "data_releases" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_releases_fk" FOREIGN KEY ("data_releases_id") REFERENCES "public"."data_releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_data_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("data_releases_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // What points at the table goes before the table.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_releases_fk";
  DROP INDEX "payload_locked_documents_rels_data_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_releases_id";
  DROP TABLE "data_releases";
  DROP TYPE "public"."enum_data_releases_made_by";`)
}

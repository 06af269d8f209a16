import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_statements_languages" AS ENUM('en', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('scheduled', 'published', 'failed');
  CREATE TABLE "releases_statements_languages" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_releases_statements_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "releases_statements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"statement_id" integer NOT NULL
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"moment" timestamp(3) with time zone NOT NULL,
  	"moment_tz" varchar NOT NULL,
  	"status" "enum_releases_status",
  	"failure_reason" varchar,
  	"published_at" timestamp(3) with time zone,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reactions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "releases_id" integer;
  ALTER TABLE "releases_statements_languages" ADD CONSTRAINT "releases_statements_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_statements" ADD CONSTRAINT "releases_statements_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_statements" ADD CONSTRAINT "releases_statements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_reactions_fk" FOREIGN KEY ("reactions_id") REFERENCES "public"."reactions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_statements_languages_order_idx" ON "releases_statements_languages" USING btree ("order");
  CREATE INDEX "releases_statements_languages_parent_idx" ON "releases_statements_languages" USING btree ("parent_id");
  CREATE INDEX "releases_statements_order_idx" ON "releases_statements" USING btree ("_order");
  CREATE INDEX "releases_statements_parent_id_idx" ON "releases_statements" USING btree ("_parent_id");
  CREATE INDEX "releases_statements_statement_idx" ON "releases_statements" USING btree ("statement_id");
  CREATE INDEX "releases_moment_idx" ON "releases" USING btree ("moment");
  CREATE INDEX "releases_status_idx" ON "releases" USING btree ("status");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_reactions_id_idx" ON "releases_rels" USING btree ("reactions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_statements_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_statements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_statements_languages" CASCADE;
  DROP TABLE "releases_statements" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_releases_fk";
  
  DROP INDEX "payload_locked_documents_rels_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "releases_id";
  DROP TYPE "public"."enum_releases_statements_languages";
  DROP TYPE "public"."enum_releases_status";`)
}

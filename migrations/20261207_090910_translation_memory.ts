import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { memoryIndexesSql } from '@/lib/translationMemory/indexesSql'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_memory_source_locale" AS ENUM('en', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_translation_memory_target_locale" AS ENUM('fr', 'es', 'ar');
  CREATE TYPE "public"."enum_translation_memory_origin" AS ENUM('accepted', 'tmx');
  CREATE TABLE "translation_memory" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_locale" "enum_translation_memory_source_locale" NOT NULL,
  	"target_locale" "enum_translation_memory_target_locale" NOT NULL,
  	"source_text" varchar NOT NULL,
  	"target_text" varchar NOT NULL,
  	"source_key" varchar NOT NULL,
  	"entry_key" varchar NOT NULL,
  	"source" jsonb NOT NULL,
  	"target" jsonb NOT NULL,
  	"tags" jsonb,
  	"origin" "enum_translation_memory_origin" NOT NULL,
  	"statement_id" integer,
  	"translation_id" integer,
  	"segment" varchar,
  	"stored_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_memory_id" integer;
  ALTER TABLE "translation_memory" ADD CONSTRAINT "translation_memory_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_memory" ADD CONSTRAINT "translation_memory_translation_id_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."translations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_memory_target_locale_idx" ON "translation_memory" USING btree ("target_locale");
  CREATE INDEX "translation_memory_source_key_idx" ON "translation_memory" USING btree ("source_key");
  CREATE UNIQUE INDEX "translation_memory_entry_key_idx" ON "translation_memory" USING btree ("entry_key");
  CREATE INDEX "translation_memory_statement_idx" ON "translation_memory" USING btree ("statement_id");
  CREATE INDEX "translation_memory_translation_idx" ON "translation_memory" USING btree ("translation_id");
  CREATE INDEX "translation_memory_stored_at_idx" ON "translation_memory" USING btree ("stored_at");
  CREATE INDEX "translation_memory_updated_at_idx" ON "translation_memory" USING btree ("updated_at");
  CREATE INDEX "translation_memory_created_at_idx" ON "translation_memory" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_memory_fk" FOREIGN KEY ("translation_memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_memory_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_memory_id");`)
  await db.execute(sql.raw(memoryIndexesSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_memory" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_memory" CASCADE;
  -- Dropped with the table by CASCADE.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_translation_memory_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_memory_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_memory_id";
  DROP TYPE "public"."enum_translation_memory_source_locale";
  DROP TYPE "public"."enum_translation_memory_target_locale";
  DROP TYPE "public"."enum_translation_memory_origin";
  DROP EXTENSION IF EXISTS pg_trgm;`)
}

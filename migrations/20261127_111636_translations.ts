import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_statements_locale_versions_locale" AS ENUM('fr', 'es', 'ar');
  CREATE TYPE "public"."enum__statements_v_version_locale_versions_locale" AS ENUM('fr', 'es', 'ar');
  CREATE TYPE "public"."enum_translations_history_status" AS ENUM('draft', 'submitted', 'changes_requested', 'accepted', 'rejected');
  CREATE TYPE "public"."enum_translations_locale" AS ENUM('fr', 'es', 'ar');
  CREATE TYPE "public"."enum_translations_status" AS ENUM('draft', 'submitted', 'changes_requested', 'accepted', 'rejected');
  CREATE TABLE "statements_locale_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"locale" "enum_statements_locale_versions_locale",
  	"source_revision" varchar,
  	"accepted_at" timestamp(3) with time zone,
  	"translation_id" integer
  );
  
  CREATE TABLE "_statements_v_version_locale_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"locale" "enum__statements_v_version_locale_versions_locale",
  	"source_revision" varchar,
  	"accepted_at" timestamp(3) with time zone,
  	"translation_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "translations_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_translations_history_status" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar
  );
  
  CREATE TABLE "translations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer NOT NULL,
  	"locale" "enum_translations_locale" NOT NULL,
  	"title" varchar NOT NULL,
  	"standfirst" varchar,
  	"description" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"status" "enum_translations_status" DEFAULT 'draft' NOT NULL,
  	"review_comment" varchar,
  	"translator_id" integer,
  	"reviewer_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_at" timestamp(3) with time zone,
  	"source_revision" varchar,
  	"source_snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "statements" ADD COLUMN "source_revision" varchar;
  ALTER TABLE "statements" ADD COLUMN "source_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_statements_v" ADD COLUMN "version_source_revision" varchar;
  ALTER TABLE "_statements_v" ADD COLUMN "version_source_updated_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translations_id" integer;
  ALTER TABLE "statements_locale_versions" ADD CONSTRAINT "statements_locale_versions_translation_id_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."translations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements_locale_versions" ADD CONSTRAINT "statements_locale_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_statements_v_version_locale_versions" ADD CONSTRAINT "_statements_v_version_locale_versions_translation_id_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."translations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v_version_locale_versions" ADD CONSTRAINT "_statements_v_version_locale_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_history" ADD CONSTRAINT "translations_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations_history" ADD CONSTRAINT "translations_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_translator_id_users_id_fk" FOREIGN KEY ("translator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "statements_locale_versions_order_idx" ON "statements_locale_versions" USING btree ("_order");
  CREATE INDEX "statements_locale_versions_parent_id_idx" ON "statements_locale_versions" USING btree ("_parent_id");
  CREATE INDEX "statements_locale_versions_translation_idx" ON "statements_locale_versions" USING btree ("translation_id");
  CREATE INDEX "_statements_v_version_locale_versions_order_idx" ON "_statements_v_version_locale_versions" USING btree ("_order");
  CREATE INDEX "_statements_v_version_locale_versions_parent_id_idx" ON "_statements_v_version_locale_versions" USING btree ("_parent_id");
  CREATE INDEX "_statements_v_version_locale_versions_translation_idx" ON "_statements_v_version_locale_versions" USING btree ("translation_id");
  CREATE INDEX "translations_history_order_idx" ON "translations_history" USING btree ("_order");
  CREATE INDEX "translations_history_parent_id_idx" ON "translations_history" USING btree ("_parent_id");
  CREATE INDEX "translations_history_by_idx" ON "translations_history" USING btree ("by_id");
  CREATE INDEX "translations_statement_idx" ON "translations" USING btree ("statement_id");
  CREATE INDEX "translations_locale_idx" ON "translations" USING btree ("locale");
  CREATE INDEX "translations_status_idx" ON "translations" USING btree ("status");
  CREATE INDEX "translations_translator_idx" ON "translations" USING btree ("translator_id");
  CREATE INDEX "translations_reviewer_idx" ON "translations" USING btree ("reviewer_id");
  CREATE INDEX "translations_submitted_at_idx" ON "translations" USING btree ("submitted_at");
  CREATE INDEX "translations_updated_at_idx" ON "translations" USING btree ("updated_at");
  CREATE INDEX "translations_created_at_idx" ON "translations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translations_fk" FOREIGN KEY ("translations_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translations_id_idx" ON "payload_locked_documents_rels" USING btree ("translations_id");`)

  // Languages written before translations were tracked stay published: each existing version
  // in another language is recorded as accepted, from an unknown source revision (empty).
  await db.execute(sql`
  INSERT INTO "statements_locale_versions" ("_order", "_parent_id", "id", "locale", "source_revision", "accepted_at")
  SELECT row_number() OVER (PARTITION BY l._parent_id ORDER BY l._locale), l._parent_id, gen_random_uuid()::text,
    l._locale::text::"enum_statements_locale_versions_locale", '', now()
  FROM "statements_locales" l
  WHERE l._locale::text IN ('fr', 'es', 'ar') AND l.title IS NOT NULL AND l.slug IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "statements_locale_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_statements_v_version_locale_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translations_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "statements_locale_versions" CASCADE;
  DROP TABLE "_statements_v_version_locale_versions" CASCADE;
  DROP TABLE "translations_history" CASCADE;
  DROP TABLE "translations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_translations_fk";
  
  DROP INDEX "payload_locked_documents_rels_translations_id_idx";
  ALTER TABLE "statements" DROP COLUMN "source_revision";
  ALTER TABLE "statements" DROP COLUMN "source_updated_at";
  ALTER TABLE "_statements_v" DROP COLUMN "version_source_revision";
  ALTER TABLE "_statements_v" DROP COLUMN "version_source_updated_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translations_id";
  DROP TYPE "public"."enum_statements_locale_versions_locale";
  DROP TYPE "public"."enum__statements_v_version_locale_versions_locale";
  DROP TYPE "public"."enum_translations_history_status";
  DROP TYPE "public"."enum_translations_locale";
  DROP TYPE "public"."enum_translations_status";`)
}

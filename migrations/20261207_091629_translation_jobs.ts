import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_jobs_locale" AS ENUM('fr', 'es', 'ar');
  CREATE TYPE "public"."enum_translation_jobs_status" AS ENUM('open', 'submitted', 'done', 'cancelled');
  CREATE TABLE "translation_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer NOT NULL,
  	"locale" "enum_translation_jobs_locale" NOT NULL,
  	"assignee_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"note" varchar,
  	"status" "enum_translation_jobs_status" DEFAULT 'open' NOT NULL,
  	"requested_by_id" integer,
  	"reminded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_jobs_id" integer;
  ALTER TABLE "translation_jobs" ADD CONSTRAINT "translation_jobs_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_jobs" ADD CONSTRAINT "translation_jobs_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_jobs" ADD CONSTRAINT "translation_jobs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_jobs_statement_idx" ON "translation_jobs" USING btree ("statement_id");
  CREATE INDEX "translation_jobs_locale_idx" ON "translation_jobs" USING btree ("locale");
  CREATE INDEX "translation_jobs_assignee_idx" ON "translation_jobs" USING btree ("assignee_id");
  CREATE INDEX "translation_jobs_due_at_idx" ON "translation_jobs" USING btree ("due_at");
  CREATE INDEX "translation_jobs_status_idx" ON "translation_jobs" USING btree ("status");
  CREATE INDEX "translation_jobs_requested_by_idx" ON "translation_jobs" USING btree ("requested_by_id");
  CREATE INDEX "translation_jobs_updated_at_idx" ON "translation_jobs" USING btree ("updated_at");
  CREATE INDEX "translation_jobs_created_at_idx" ON "translation_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_jobs_fk" FOREIGN KEY ("translation_jobs_id") REFERENCES "public"."translation_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_jobs_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // What points at the table goes before the table.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_jobs_fk";
  DROP INDEX "payload_locked_documents_rels_translation_jobs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_jobs_id";
  DROP TABLE "translation_jobs";
  DROP TYPE "public"."enum_translation_jobs_locale";
  DROP TYPE "public"."enum_translation_jobs_status";`)
}

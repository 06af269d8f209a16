import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_signatories_type" AS ENUM('member', 'partner', 'individual');
  CREATE TYPE "public"."enum_signatures_status" AS ENUM('requested', 'verified');
  CREATE TABLE "signatories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"country_id" integer NOT NULL,
  	"type" "enum_signatories_type" DEFAULT 'member' NOT NULL,
  	"website" varchar,
  	"contact_email" varchar,
  	"public_signatures" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signatories_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer NOT NULL,
  	"signatory_id" integer NOT NULL,
  	"signed_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_signatures_status" DEFAULT 'requested' NOT NULL,
  	"verified_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"signer_name" varchar,
  	"signer_role" varchar,
  	"request_email" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmation_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "statements" ADD COLUMN "signature_closes_at" timestamp(3) with time zone;
  ALTER TABLE "_statements_v" ADD COLUMN "version_signature_closes_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signatories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signatures_id" integer;
  ALTER TABLE "signatories" ADD CONSTRAINT "signatories_country_id_states_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."states"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatories_locales" ADD CONSTRAINT "signatories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."signatories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_signatory_id_signatories_id_fk" FOREIGN KEY ("signatory_id") REFERENCES "public"."signatories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "signatories_slug_idx" ON "signatories" USING btree ("slug");
  CREATE INDEX "signatories_country_idx" ON "signatories" USING btree ("country_id");
  CREATE INDEX "signatories_public_signatures_idx" ON "signatories" USING btree ("public_signatures");
  CREATE INDEX "signatories_updated_at_idx" ON "signatories" USING btree ("updated_at");
  CREATE INDEX "signatories_created_at_idx" ON "signatories" USING btree ("created_at");
  CREATE UNIQUE INDEX "signatories_locales_locale_parent_id_unique" ON "signatories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "signatures_statement_idx" ON "signatures" USING btree ("statement_id");
  CREATE INDEX "signatures_signatory_idx" ON "signatures" USING btree ("signatory_id");
  CREATE INDEX "signatures_status_idx" ON "signatures" USING btree ("status");
  CREATE INDEX "signatures_verified_by_idx" ON "signatures" USING btree ("verified_by_id");
  CREATE INDEX "signatures_updated_at_idx" ON "signatures" USING btree ("updated_at");
  CREATE INDEX "signatures_created_at_idx" ON "signatures" USING btree ("created_at");
  CREATE UNIQUE INDEX "statement_signatory_idx" ON "signatures" USING btree ("statement_id","signatory_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signatories_fk" FOREIGN KEY ("signatories_id") REFERENCES "public"."signatories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signatures_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_signatories_id_idx" ON "payload_locked_documents_rels" USING btree ("signatories_id");
  CREATE INDEX "payload_locked_documents_rels_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("signatures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The references to the new tables go first: dropping a table with CASCADE would take their
  // constraints with it, and dropping them by name afterwards would fail.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signatories_fk";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signatures_fk";
  DROP INDEX "payload_locked_documents_rels_signatories_id_idx";
  DROP INDEX "payload_locked_documents_rels_signatures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signatories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signatures_id";
  DROP TABLE "signatures";
  DROP TABLE "signatories_locales";
  DROP TABLE "signatories";
  ALTER TABLE "statements" DROP COLUMN "signature_closes_at";
  ALTER TABLE "_statements_v" DROP COLUMN "version_signature_closes_at";
  DROP TYPE "public"."enum_signatories_type";
  DROP TYPE "public"."enum_signatures_status";`)
}

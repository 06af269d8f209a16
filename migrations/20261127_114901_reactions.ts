import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reactions_stance" AS ENUM('condemns', 'supports', 'concern', 'opposes', 'other');
  CREATE TYPE "public"."enum_states_regional_group" AS ENUM('african', 'asia-pacific', 'eastern-european', 'latin-american-caribbean', 'weog');
  CREATE TYPE "public"."enum_states_un_membership" AS ENUM('member', 'observer', 'none');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('icc-body', 'intergovernmental', 'regional', 'other');
  CREATE TABLE "reactions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"stance" "enum_reactions_stance" NOT NULL,
  	"quote" varchar,
  	"quote_language" varchar,
  	"source_url" varchar NOT NULL,
  	"source_title" varchar NOT NULL,
  	"source_publisher" varchar,
  	"verified" boolean DEFAULT false,
  	"sample" boolean DEFAULT false,
  	"editor_notes" varchar,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reactions_locales" (
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "reactions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"states_id" integer,
  	"organizations_id" integer,
  	"statements_id" integer
  );
  
  CREATE TABLE "states" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"iso2" varchar NOT NULL,
  	"iso3" varchar,
  	"regional_group" "enum_states_regional_group",
  	"un_membership" "enum_states_un_membership" DEFAULT 'member',
  	"deposit_date" timestamp(3) with time zone,
  	"entry_into_force" timestamp(3) with time zone,
  	"withdrawal_effective" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "states_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_organizations_kind" DEFAULT 'intergovernmental' NOT NULL,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reactions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "states_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "reactions_locales" ADD CONSTRAINT "reactions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_rels" ADD CONSTRAINT "reactions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_rels" ADD CONSTRAINT "reactions_rels_states_fk" FOREIGN KEY ("states_id") REFERENCES "public"."states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_rels" ADD CONSTRAINT "reactions_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_rels" ADD CONSTRAINT "reactions_rels_statements_fk" FOREIGN KEY ("statements_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "states_locales" ADD CONSTRAINT "states_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reactions_date_idx" ON "reactions" USING btree ("date");
  CREATE INDEX "reactions_stance_idx" ON "reactions" USING btree ("stance");
  CREATE INDEX "reactions_verified_idx" ON "reactions" USING btree ("verified");
  CREATE UNIQUE INDEX "reactions_fingerprint_idx" ON "reactions" USING btree ("fingerprint");
  CREATE INDEX "reactions_updated_at_idx" ON "reactions" USING btree ("updated_at");
  CREATE INDEX "reactions_created_at_idx" ON "reactions" USING btree ("created_at");
  CREATE UNIQUE INDEX "reactions_locales_locale_parent_id_unique" ON "reactions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "reactions_rels_order_idx" ON "reactions_rels" USING btree ("order");
  CREATE INDEX "reactions_rels_parent_idx" ON "reactions_rels" USING btree ("parent_id");
  CREATE INDEX "reactions_rels_path_idx" ON "reactions_rels" USING btree ("path");
  CREATE INDEX "reactions_rels_states_id_idx" ON "reactions_rels" USING btree ("states_id");
  CREATE INDEX "reactions_rels_organizations_id_idx" ON "reactions_rels" USING btree ("organizations_id");
  CREATE INDEX "reactions_rels_statements_id_idx" ON "reactions_rels" USING btree ("statements_id");
  CREATE UNIQUE INDEX "states_iso2_idx" ON "states" USING btree ("iso2");
  CREATE INDEX "states_updated_at_idx" ON "states" USING btree ("updated_at");
  CREATE INDEX "states_created_at_idx" ON "states" USING btree ("created_at");
  CREATE UNIQUE INDEX "states_locales_locale_parent_id_unique" ON "states_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organizations_code_idx" ON "organizations" USING btree ("code");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reactions_fk" FOREIGN KEY ("reactions_id") REFERENCES "public"."reactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_states_fk" FOREIGN KEY ("states_id") REFERENCES "public"."states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reactions_id_idx" ON "payload_locked_documents_rels" USING btree ("reactions_id");
  CREATE INDEX "payload_locked_documents_rels_states_id_idx" ON "payload_locked_documents_rels" USING btree ("states_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reactions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reactions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "states" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "states_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reactions" CASCADE;
  DROP TABLE "reactions_locales" CASCADE;
  DROP TABLE "reactions_rels" CASCADE;
  DROP TABLE "states" CASCADE;
  DROP TABLE "states_locales" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_reactions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_states_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_organizations_fk";
  
  DROP INDEX "payload_locked_documents_rels_reactions_id_idx";
  DROP INDEX "payload_locked_documents_rels_states_id_idx";
  DROP INDEX "payload_locked_documents_rels_organizations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reactions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "states_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organizations_id";
  DROP TYPE "public"."enum_reactions_stance";
  DROP TYPE "public"."enum_states_regional_group";
  DROP TYPE "public"."enum_states_un_membership";
  DROP TYPE "public"."enum_organizations_kind";`)
}

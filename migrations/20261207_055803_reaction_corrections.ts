import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reactions_corrections_fields" AS ENUM('stance', 'date', 'quote', 'sourceUrl');
  CREATE TABLE "reactions_corrections_fields" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_reactions_corrections_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reactions_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"corrected_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "reactions_corrections_locales" (
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "reactions_corrections_fields" ADD CONSTRAINT "reactions_corrections_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reactions_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_corrections" ADD CONSTRAINT "reactions_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reactions_corrections_locales" ADD CONSTRAINT "reactions_corrections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reactions_corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reactions_corrections_fields_order_idx" ON "reactions_corrections_fields" USING btree ("order");
  CREATE INDEX "reactions_corrections_fields_parent_idx" ON "reactions_corrections_fields" USING btree ("parent_id");
  CREATE INDEX "reactions_corrections_order_idx" ON "reactions_corrections" USING btree ("_order");
  CREATE INDEX "reactions_corrections_parent_id_idx" ON "reactions_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "reactions_corrections_locales_locale_parent_id_unique" ON "reactions_corrections_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "reactions_corrections_fields" CASCADE;
  DROP TABLE "reactions_corrections_locales" CASCADE;
  DROP TABLE "reactions_corrections" CASCADE;
  DROP TYPE "public"."enum_reactions_corrections_fields";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // English is the language statements are written in, never one translated into: the workflow
  // refused every English translation, so an account's English was a language in name only.
  await db.execute(sql`
   DELETE FROM "users_languages" WHERE "value" = 'en';
   ALTER TABLE "users_languages" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_languages";
  CREATE TYPE "public"."enum_users_languages" AS ENUM('fr', 'es', 'ar');
  ALTER TABLE "users_languages" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_languages" USING "value"::"public"."enum_users_languages";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_languages" ADD VALUE 'en' BEFORE 'fr';`)
}

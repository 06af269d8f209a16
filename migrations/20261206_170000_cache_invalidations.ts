import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The log of cache invalidations every serving process reads (outside Payload's schema). No
// serial id: development's schema push would try to drop its sequence, which is outside Payload's.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
CREATE TABLE IF NOT EXISTS cache_invalidations (
  tag text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  xact xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX IF NOT EXISTS cache_invalidations_xact_idx ON cache_invalidations (xact);
CREATE INDEX IF NOT EXISTS cache_invalidations_tag_idx ON cache_invalidations (tag, at);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS cache_invalidations`)
}

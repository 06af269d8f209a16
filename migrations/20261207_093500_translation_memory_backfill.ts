import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { isTargetLocale } from '@/i18n/locales'
import { memorySegmentsOf } from '@/lib/translationMemory/capture'
import { writeSegments } from '@/lib/translationMemory/store'
import type { RichTextDocument } from '@/lib/text/lexical'

type AcceptedRow = {
  id: number
  statement_id: number | null
  locale: string
  title: string
  standfirst: string | null
  seo_title: string | null
  description: string | null
  body: RichTextDocument | null
  source_snapshot: unknown
  reviewed_at: string | Date | null
}

/**
 * The translations accepted before the memory existed go into it, segment by segment, as an
 * acceptance stores them now (lib/translationMemory/capture.ts): the memory's keys must be the
 * ones its lookups compute, so this uses the same code rather than a copy frozen here. Oldest
 * first, each dated by its review, so the newest translation of a segment is the one offered.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute<AcceptedRow>(sql`
    SELECT id, statement_id, locale, title, standfirst, seo_title, description, body,
      source_snapshot, reviewed_at
    FROM translations
    WHERE status = 'accepted' AND source_snapshot IS NOT NULL AND statement_id IS NOT NULL
    ORDER BY reviewed_at ASC NULLS FIRST, id ASC`)
  const segments = rows.flatMap((row) =>
    row.statement_id !== null && isTargetLocale(row.locale)
      ? memorySegmentsOf({
          id: row.id,
          statement: row.statement_id,
          locale: row.locale,
          title: row.title,
          standfirst: row.standfirst,
          seoTitle: row.seo_title,
          description: row.description,
          body: row.body,
          sourceSnapshot: row.source_snapshot,
          reviewedAt: row.reviewed_at && new Date(row.reviewed_at).toISOString(),
        })
      : [],
  )
  await writeSegments(db, segments)
}

/** The memory keeps what it holds: its segments are accepted translations either way. */
export async function down(_args: MigrateDownArgs): Promise<void> {}

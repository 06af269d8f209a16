import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cacheTags'
import type { StatementKind } from '@/lib/statementKinds'

import { payloadClient } from './payload'

/** A published statement's place in the lists, with what the index filters on. */
export type OrderEntry = { id: number; year: number | null; kind: StatementKind; topics: number[] }

type Row = { id: number; year: number | null; kind: StatementKind; topics: number[] | null }

/**
 * Every published statement, newest first, in one query: lists take a page of it by position,
 * so page 500 costs what page 1 costs (an OFFSET would read the 4,990 rows before it, and a
 * count every time). "Published" is what readers' access allows (`_status`, see
 * access/publishedOrStaff.ts). Kept until a statement or topic changes.
 */
export const publishedOrder = unstable_cache(
  async (): Promise<OrderEntry[]> => {
    const payload = await payloadClient()
    const { rows } = await payload.db.drizzle.execute<Row>(sql`
      SELECT s.id, s.kind,
        extract(year FROM s.published_at AT TIME ZONE 'UTC')::int AS year,
        array_agg(r.topics_id) FILTER (WHERE r.topics_id IS NOT NULL) AS topics
      FROM statements s
      LEFT JOIN statements_rels r ON r.parent_id = s.id AND r.path = 'topics'
      WHERE s._status = 'published'
      GROUP BY s.id
      ORDER BY s.published_at DESC NULLS LAST, s.id DESC`)
    return rows.map((row) => ({ ...row, topics: row.topics ?? [] }))
  },
  ['statements:order'],
  { tags: [cacheTags.statementLists, cacheTags.topics] },
)

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'

import { waitingJobStatuses } from './rules'

export type OverdueJob = {
  id: number
  statementId: number
  /** The statement's title in the original. */
  title: string
  locale: TargetLocale
  assignee: string | null
  dueAt: string
}

export type OverdueJobs = { count: number; first: OverdueJob[] }

type OverdueRecord = {
  id: number
  statement_id: number
  title: string | null
  locale: TargetLocale
  assignee: string | null
  due_at: string
}

/**
 * The jobs still waiting for their translator after their due date, counted by the database,
 * and the `shown` longest overdue.
 */
export async function overdueJobs(
  payload: Payload,
  shown = 10,
  now = new Date(),
): Promise<OverdueJobs> {
  const { rows } = await payload.db.drizzle.execute<{ count: number; first: OverdueRecord[] }>(sql`
    WITH overdue AS (
      SELECT j.id, j.statement_id, j.locale::text AS locale, j.assignee_id, j.due_at
      FROM translation_jobs j
      WHERE j.status::text IN (${sql.join(
        waitingJobStatuses.map((status) => sql`${status}`),
        sql`, `,
      )}) AND j.due_at < ${now.toISOString()}
    ),
    first AS (
      SELECT o.id, o.statement_id, l.title, o.locale, coalesce(nullif(u.name, ''), u.email) AS assignee, o.due_at
      FROM (SELECT * FROM overdue ORDER BY due_at, id LIMIT ${shown}) o
      LEFT JOIN statements_locales l ON l._parent_id = o.statement_id AND l._locale = ${sourceLocale}
      LEFT JOIN users u ON u.id = o.assignee_id
    )
    SELECT (SELECT count(*)::int FROM overdue) AS count,
      coalesce((SELECT json_agg(first ORDER BY due_at, id) FROM first), '[]'::json) AS first`)
  const [{ count, first }] = rows
  return {
    count,
    first: first.map((record) => ({
      id: record.id,
      statementId: record.statement_id,
      title: record.title ?? '',
      locale: record.locale,
      assignee: record.assignee,
      dueAt: record.due_at,
    })),
  }
}

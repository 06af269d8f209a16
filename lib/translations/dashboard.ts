import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Translation, User } from '@/payload-types'

import { type JobStatus, pendingJobStatuses, waitingJobStatuses } from '@/lib/translationJobs/rules'

import type { LanguageState } from './languageStates'
import { openStatuses, type TranslationStatus } from './workflow'
import { isTargetLocale, sourceLocale, type TargetLocale, targetLocales } from '@/i18n/locales'

/**
 * The admin dashboard's figures, counted by the database over every statement: reading the
 * statements to count them in JavaScript does not scale, and a cap on how many are read makes
 * the figures wrong. The language states follow `languageStatuses` (./languageStates.ts).
 */

/** `(a, b, …)`: the given values as parameters, for `IN`. */
const valueList = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`

/** `languages(code)`: the given language codes as a table. */
const languagesTable = (codes: readonly string[]) =>
  sql`(VALUES ${sql.join(
    codes.map((code) => sql`(${code})`),
    sql`, `,
  )}) AS languages(code)`

/** The accepted version `lv` of statement `s` was translated from another fingerprint than the published original's. */
const outdated = sql`coalesce(s.source_revision, '') <> '' AND lv.source_revision IS DISTINCT FROM s.source_revision`

/** No version of statement `s` in `languages.code` has been accepted. */
const neverAccepted = sql`NOT EXISTS (
  SELECT 1 FROM statements_locale_versions lv WHERE lv._parent_id = s.id AND lv.locale::text = languages.code)`

export type Coverage = {
  statements: number
  languages: Record<TargetLocale, Record<LanguageState, number>>
}

/**
 * How many published statements each language has in each state, and how many there are. What
 * is counted is the accepted versions and the waiting translations, never statements times
 * languages: a language is missing wherever it is in no other state.
 */
export async function translationCoverage(payload: Payload): Promise<Coverage> {
  const { rows } = await payload.db.drizzle.execute<{
    locale: string | null
    state: LanguageState | null
    count: number
  }>(sql`
    SELECT NULL::text AS locale, NULL::text AS state, count(*)::int AS count FROM statements s WHERE s._status = 'published'
    UNION ALL
    SELECT lv.locale::text, CASE WHEN ${outdated} THEN 'outdated' ELSE 'published' END, count(*)::int
    FROM statements_locale_versions lv JOIN statements s ON s.id = lv._parent_id
    WHERE s._status = 'published'
    GROUP BY 1, 2
    UNION ALL
    SELECT languages.code, 'review', count(DISTINCT s.id)::int
    FROM translations t JOIN statements s ON s.id = t.statement_id JOIN ${languagesTable(targetLocales)} ON languages.code = t.locale::text
    WHERE s._status = 'published' AND t.status = 'submitted' AND ${neverAccepted}
    GROUP BY 1`)
  const statements = rows.find((row) => row.locale === null)?.count ?? 0
  const languages = Object.fromEntries(
    targetLocales.map((locale) => {
      const count = (state: LanguageState) =>
        rows.find((row) => row.locale === locale && row.state === state)?.count ?? 0
      const counts = {
        published: count('published'),
        outdated: count('outdated'),
        review: count('review'),
      }
      return [
        locale,
        { ...counts, missing: statements - counts.published - counts.outdated - counts.review },
      ]
    }),
  ) as Coverage['languages']
  return { statements, languages }
}

export type ReviewQueue = { waiting: number; oldest: string | null; first: Translation[] }

/** The translations waiting for an editor: how many, since when, and the `shown` oldest. */
export async function reviewQueue(payload: Payload, shown = 10): Promise<ReviewQueue> {
  const { docs, totalDocs } = await payload.find({
    collection: 'translations',
    where: { status: { equals: 'submitted' } },
    sort: 'submittedAt',
    depth: 1,
    limit: shown,
    overrideAccess: true,
  })
  return { waiting: totalDocs, oldest: docs[0]?.submittedAt ?? null, first: docs }
}

export type WorkRow = {
  statementId: number
  /** The statement's title in the original. */
  title: string
  locale: TargetLocale
  /** For a statement the translator has no translation of: why it is listed. */
  state: Extract<LanguageState, 'missing' | 'outdated'> | null
  /** The translator's own unreviewed translation of it. */
  translation: { id: number; status: TranslationStatus; reviewComment: string | null } | null
  /** The job in progress that asks it of the translator; overdue when still waiting for them after its due date. */
  job: { status: JobStatus; dueAt: string | null; overdue: boolean } | null
}

export type WorkPage = { rows: WorkRow[]; total: number; page: number; perPage: number }

type WorkRecord = {
  statement_id: number
  title: string | null
  locale: string
  state: WorkRow['state']
  translation_id: number | null
  status: TranslationStatus | null
  review_comment: string | null
  job_status: JobStatus | null
  due_at: string | null
}

/**
 * A translator's list, one page of it: the jobs asked of them, their own unreviewed
 * translations, and every published statement missing or outdated in their languages that they
 * have not started (a missing one that waits for an editor is someone's already). Jobs with a due
 * date come first, soonest first; then work sent back, drafts, what is to translate (the
 * statements changed last first: new ones, and those whose change outdated a translation), and
 * what waits for an editor.
 */
export async function translatorWork(
  payload: Payload,
  translator: Pick<User, 'id' | 'languages'>,
  page: number,
  perPage = 25,
): Promise<WorkPage> {
  const languages = (translator.languages ?? []).filter(isTargetLocale)
  const current = Math.max(page, 1)
  if (languages.length === 0) return { rows: [], total: 0, page: current, perPage }
  // Anti-joins, not a condition per statement and language: at 10,000 statements not yet
  // translated, the list is 30,000 rows to count and order.
  const theirs = sql`t.translator_id = ${translator.id} AND t.status IN ${valueList(openStatuses)}`
  const { rows } = await payload.db.drizzle.execute<{ total: number; rows: WorkRecord[] }>(sql`
    WITH languages(code) AS (SELECT code FROM ${languagesTable(languages)}),
    jobs AS (
      SELECT j.statement_id, j.locale::text AS locale, j.status::text AS job_status, j.due_at, j.updated_at
      FROM translation_jobs j JOIN languages ON languages.code = j.locale::text
      WHERE j.assignee_id = ${translator.id} AND j.status IN ${valueList(pendingJobStatuses)}
    ),
    own AS (
      SELECT t.statement_id, t.locale::text AS locale, t.id AS translation_id, t.status::text AS status, t.review_comment,
        CASE t.status WHEN 'changes_requested' THEN 0 WHEN 'draft' THEN 1 ELSE 3 END AS rank, t.updated_at AS sort_at
      FROM translations t JOIN languages ON languages.code = t.locale::text
      WHERE ${theirs}
    ),
    to_translate AS (
      SELECT s.id AS statement_id, languages.code AS locale, 'missing' AS state, s.updated_at AS sort_at
      FROM statements s CROSS JOIN languages
      WHERE s._status = 'published' AND ${neverAccepted}
        AND NOT EXISTS (
          SELECT 1 FROM translations t WHERE t.statement_id = s.id AND t.locale::text = languages.code AND (t.status = 'submitted' OR ${theirs}))
      UNION ALL
      SELECT s.id, lv.locale::text, 'outdated', s.updated_at
      FROM statements_locale_versions lv JOIN statements s ON s.id = lv._parent_id
      -- Compared as the column's own type, so that Postgres knows how many versions match.
      WHERE lv.locale IN ${valueList(languages)} AND s._status = 'published' AND ${outdated}
        AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.statement_id = s.id AND t.locale::text = lv.locale::text AND ${theirs})
    ),
    listed AS (
      SELECT statement_id, locale, NULL::text AS state, translation_id, status, review_comment, rank, sort_at FROM own
      UNION ALL
      SELECT statement_id, locale, state, NULL, NULL, NULL, 2, sort_at FROM to_translate
    ),
    work AS (
      SELECT listed.*, jobs.job_status, jobs.due_at FROM listed LEFT JOIN jobs USING (statement_id, locale)
      UNION ALL
      -- Asked of them and in no other row (a statement not published yet, or in review by someone else).
      SELECT jobs.statement_id, jobs.locale, NULL, NULL, NULL, NULL, 2, jobs.updated_at, jobs.job_status, jobs.due_at
      FROM jobs WHERE NOT EXISTS (
        SELECT 1 FROM listed WHERE listed.statement_id = jobs.statement_id AND listed.locale = jobs.locale)
    ),
    shown AS (
      -- Titles for the page only: joined before the limit, they would be read for every row.
      SELECT page.*, l.title FROM (
        SELECT * FROM work ORDER BY due_at NULLS LAST, rank, sort_at DESC, statement_id DESC, locale LIMIT ${perPage} OFFSET ${(current - 1) * perPage}
      ) page
      LEFT JOIN statements_locales l ON l._parent_id = page.statement_id AND l._locale = ${sourceLocale}
    )
    SELECT (SELECT count(*)::int FROM work) AS total,
      coalesce((SELECT json_agg(shown ORDER BY due_at NULLS LAST, rank, sort_at DESC, statement_id DESC, locale) FROM shown), '[]'::json) AS rows`)
  const [{ total, rows: records }] = rows
  const now = Date.now()
  return { rows: records.map((record) => workRow(record, now)), total, page: current, perPage }
}

function workRow(record: WorkRecord, now: number): WorkRow {
  return {
    statementId: record.statement_id,
    title: record.title ?? '',
    locale: record.locale as TargetLocale,
    state: record.state,
    translation:
      record.translation_id === null
        ? null
        : {
            id: record.translation_id,
            status: record.status as TranslationStatus,
            reviewComment: record.review_comment,
          },
    job: record.job_status
      ? {
          status: record.job_status,
          dueAt: record.due_at,
          overdue:
            waitingJobStatuses.includes(record.job_status) &&
            record.due_at !== null &&
            new Date(record.due_at).getTime() < now,
        }
      : null,
  }
}

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgres } from '@/lib/db/postgres'

import type { SourceCheckResult } from './statuses'

/** A reaction whose source is due for a check. */
export type DueSource = { id: number; sourceUrl: string }

/** The check fields of a source never checked (a new source address too). */
export const uncheckedSource = {
  sourceCheckStatus: null,
  sourceCheckProblem: null,
  sourceCheckHttpStatus: null,
  sourceFinalUrl: null,
  sourceCheckedAt: null,
}

/**
 * Verified reactions whose source was never checked or last checked before `before`: the never
 * checked first, then the oldest. Sample reactions are left out: their sources are invented.
 */
export async function dueSources(
  payload: Payload,
  before: Date,
  limit: number,
): Promise<DueSource[]> {
  const { rows } = await postgres(payload).drizzle.execute<{ id: number; source_url: string }>(sql`
    SELECT id, source_url FROM reactions
    WHERE verified IS TRUE AND sample IS NOT TRUE
      AND (source_checked_at IS NULL OR source_checked_at < ${before.toISOString()})
    ORDER BY source_checked_at ASC NULLS FIRST, id
    LIMIT ${limit}`)
  return rows.map((row) => ({ id: row.id, sourceUrl: row.source_url }))
}

/**
 * Writes a check's result straight to the reaction's row rather than through Payload's update: a
 * check changes nothing readers see, so none of a save's effects apply (fingerprint, release
 * hold, cache tags, updatedAt). An editor's save holds the row lock from its read to its commit
 * (hooks/lockRowForUpdate.ts), so the two never overwrite each other; the `source_url` condition
 * drops the result when the editor has meanwhile changed the address (which clears the check).
 */
export async function recordCheck(
  payload: Payload,
  source: DueSource,
  result: SourceCheckResult,
  at: Date,
): Promise<void> {
  await postgres(payload).drizzle.execute(sql`
    UPDATE reactions SET
      source_check_status = ${result.status},
      source_check_http_status = ${result.httpStatus},
      source_final_url = ${result.finalUrl},
      source_check_problem = ${result.problem},
      source_checked_at = ${at.toISOString()}
    WHERE id = ${source.id} AND source_url = ${source.sourceUrl}`)
}

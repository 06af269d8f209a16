import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { postgres, transactionOf } from '@/lib/db/postgres'
import { lockRow } from '@/lib/db/rowLock'

import { publicSignatureStatus } from './kinds'

/**
 * A signatory is public while it has a verified signature of a published statement. Payload's
 * access rules filter a collection by its own columns and cannot ask for a joined count, so the
 * count is kept on the signatory (`public_signatures`) and recounted, in the write's own
 * transaction, by every write that can change it: a signature saved or deleted, a statement
 * published, unpublished or deleted. Access then reads `publicSignatures > 0`.
 */
const countOf = (signatory: ReturnType<typeof sql.identifier>) => sql`(
  SELECT count(*)::int FROM signatures g JOIN statements st ON st.id = g.statement_id
  WHERE g.signatory_id = ${signatory}.id AND g.status = ${publicSignatureStatus}
    AND st._status = 'published')`

async function database(req: PayloadRequest) {
  return (await transactionOf(req.payload, req)) ?? postgres(req.payload).drizzle
}

/**
 * Locks the signatories a signature write touches before it writes, so that two writes for one
 * organization recount one after the other and the second sees the first's signature.
 */
export async function lockSignatories(req: PayloadRequest, ids: readonly number[]): Promise<void> {
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) await lockRow(req, 'signatories', id)
}

/** Recounts the public signatures of these signatories. */
export async function recountSignatories(
  req: PayloadRequest,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return
  const s = sql.identifier('s')
  await (
    await database(req)
  ).execute(
    sql`UPDATE signatories s SET public_signatures = ${countOf(s)} WHERE s.id IN (${sql.join(
      [...new Set(ids)].map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
}

/**
 * Recounts the signatories of one statement, whose publication or title changed; true when it
 * has any, so that their pages (which list it) are marked stale too.
 */
export async function recountSignatoriesOf(
  req: PayloadRequest,
  statementId: number,
): Promise<boolean> {
  const s = sql.identifier('s')
  const result = await (
    await database(req)
  ).execute(
    sql`UPDATE signatories s SET public_signatures = ${countOf(s)}
      WHERE s.id IN (SELECT signatory_id FROM signatures WHERE statement_id = ${statementId})`,
  )
  return (result.rowCount ?? 0) > 0
}

import type { PayloadRequest } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

import { recountSignatoriesOf } from './publicSignatures'

/**
 * What a signature write touches: every signatory list, count, organization page and export
 * (`signatories`), and the page of each statement it belongs to, in every locale.
 */
export function tagsForSignatures(statementIds: readonly number[]): string[] {
  return [cacheTags.signatories, ...new Set(statementIds.map((id) => cacheTags.statement(id)))]
}

/** Marks stale what readers see of these statements' signatures. */
export async function revalidateSignatures(
  req: PayloadRequest,
  statementIds: readonly number[],
): Promise<void> {
  await revalidate(req, tagsForSignatures(statementIds))
}

/** Marks stale what readers see of organizations: names and countries show in every list. */
export async function revalidateSignatories(req: PayloadRequest): Promise<void> {
  await revalidate(req, [cacheTags.signatories])
}

/**
 * A statement was saved or deleted: its signatories' public counts follow its publication, and their pages
 * (which list its title) are marked stale when it has any.
 */
export async function followStatement(req: PayloadRequest, statementId: number): Promise<void> {
  if (await recountSignatoriesOf(req, statementId)) await revalidateSignatories(req)
}

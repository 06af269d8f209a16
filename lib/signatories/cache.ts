import type { PayloadRequest } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

import { recountSignatoriesOf } from './publicSignatures'

/**
 * Marks stale what a signature or organization write touches: every signatory list (under the
 * statement in every locale, and by country), count, organization page and export. Statement
 * pages read their list through `signatoriesData` (lib/data/signatories.ts), tagged
 * `signatories`, so they go stale with it; the statement's own tag stays untouched, and its text
 * is not read again.
 */
export async function revalidateSignatories(req: PayloadRequest): Promise<void> {
  await revalidate(req, [cacheTags.signatories])
}

/**
 * A statement was saved or deleted: its signatories' public counts follow its publication, and
 * their pages (which list its title) are marked stale when it has any.
 */
export async function followStatement(req: PayloadRequest, statementId: number): Promise<void> {
  if (await recountSignatoriesOf(req, statementId)) await revalidateSignatories(req)
}

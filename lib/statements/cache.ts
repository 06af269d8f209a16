import type { PayloadRequest } from 'payload'

import { tagsForStatement } from '@/lib/cacheTags'
import { revalidate } from '@/lib/revalidate'

/** Marks stale what readers see of a statement: its page in every locale, the lists, the slug map. */
export async function revalidateStatement(req: PayloadRequest, id: number | string): Promise<void> {
  await revalidate(req, tagsForStatement(id))
}

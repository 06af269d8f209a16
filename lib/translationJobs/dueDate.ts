import type { PayloadRequest } from 'payload'

import { holdingRelease } from '@/lib/releases/hold'

import { releaseLeadMs } from './rules'

export type ReleaseDue = { title: string; moment: string; dueAt: string }

/**
 * The due date jobs for a statement get by default: a day before the moment of the scheduled
 * release that holds it, in every language. A release is approved only with each of its
 * languages' translations accepted, so a translation asked for now is one to review and add to
 * it: the day leaves time for that. None when no release holds the statement, or when that day
 * has already begun (the release is less than a day away: the editor says when).
 */
export async function releaseDue(
  req: PayloadRequest,
  statement: number,
  now = Date.now(),
): Promise<ReleaseDue | null> {
  const release = await holdingRelease(req, { statement })
  if (!release) return null
  const dueAt = new Date(release.moment).getTime() - releaseLeadMs
  if (dueAt <= now) return null
  return { title: release.title, moment: release.moment, dueAt: new Date(dueAt).toISOString() }
}

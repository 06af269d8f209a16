import { APIError, type PayloadRequest, type Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Release } from '@/payload-types'

import { formatMoment } from './moment'

/**
 * Holds: what a scheduled release will publish stays unpublished until its moment. A statement's
 * English stays a draft, a translation accepted into one of its languages is recorded but not
 * published, a reaction stays unverified. Asked inside the writer's transaction, so the runner,
 * which marks the release published before publishing its contents, is not held by it.
 */

type Held = Pick<Release, 'id' | 'title' | 'moment' | 'moment_tz' | 'statements'>

export type HeldItem = { statement: number } | { reaction: number }

/** The scheduled release that holds `item`, if one does (a statement or reaction is in one at most). */
export async function holdingRelease(req: PayloadRequest, item: HeldItem): Promise<Held | null> {
  const where: Where =
    'statement' in item
      ? { 'statements.statement': { equals: item.statement } }
      : { reactions: { in: [item.reaction] } }
  const { docs } = await req.payload.find({
    collection: 'releases',
    where: { and: [{ status: { equals: 'scheduled' } }, where] },
    select: { title: true, moment: true, moment_tz: true, statements: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Whether a scheduled release publishes `locale` of the statement: its translation waits for it. */
export async function isLanguageHeld(
  req: PayloadRequest,
  statement: number,
  locale: Locale,
): Promise<boolean> {
  const release = await holdingRelease(req, { statement })
  return Boolean(
    release?.statements?.some(
      (item) => idOf(item.statement) === statement && item.languages.includes(locale),
    ),
  )
}

export const idOf = (value: number | { id: number }): number =>
  typeof value === 'number' ? value : value.id

/** Refuses publishing `item` directly while a release holds it, naming the release. */
export async function refuseWhileHeld(
  req: PayloadRequest,
  item: HeldItem,
  action: string,
): Promise<void> {
  const release = await holdingRelease(req, item)
  if (!release) return
  throw new APIError(
    `This ${'statement' in item ? 'statement' : 'reaction'} goes live with the release “${release.title}” at ${formatMoment(release.moment, release.moment_tz)}: it cannot be ${action} before. Remove it from the release first to do it now.`,
    400,
    null,
    true,
  )
}

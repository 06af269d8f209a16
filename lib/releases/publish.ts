import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { lockRow } from '@/lib/db/rowLock'
import { acceptTranslation } from '@/lib/translations/accept'
import type { Release } from '@/payload-types'

import { notifyReleaseFailed } from './notify'
import { type Approved, approvedNow, driftReason, isDrift } from './drift'
import type { ReleaseSnapshot } from './snapshot'

/** Why a release cannot go out, in words for the editors. */
class ReleaseFailure extends Error {}

/** Writes about a release's outcome that are not an editor's edit: they skip approval. */
export const releaseOutcome = 'releaseOutcome'

type Ready = Approved & { statement: number }

/** The approved English drafts and translations, unchanged since approval; else a failure. */
async function approvedContents(req: PayloadRequest, snapshot: ReleaseSnapshot): Promise<Ready[]> {
  const ready: Ready[] = []
  for (const item of snapshot.statements) {
    const now = await approvedNow(req, item)
    if (isDrift(now)) throw new ReleaseFailure(driftReason(item, now))
    ready.push({ ...now, statement: item.statement })
  }
  return ready
}

/**
 * Everything in the release, live at once, inside `req`'s transaction. The release is marked
 * published first, so that its holds (hold.ts) no longer apply to these writes. The English goes
 * through Payload's update, so the statement's hooks derive its fields, slug redirects and cache
 * tags; each language through acceptTranslation, the path every accepted translation takes.
 */
async function publishContents(req: PayloadRequest, release: Release, now: string) {
  const snapshot = release.snapshot as ReleaseSnapshot | null
  if (!snapshot) throw new ReleaseFailure('It was never approved: approve it again.')
  const ready = await approvedContents(req, snapshot)
  await req.payload.update({
    collection: 'releases',
    id: release.id,
    data: { status: 'published', publishedAt: now, failureReason: null },
    overrideAccess: true,
    context: { [releaseOutcome]: true },
    req,
  })
  for (const { draft, translations, statement } of ready) {
    const { title, slug, standfirst, body, meta, publishedAt } = draft.doc
    await req.payload.update({
      collection: 'statements',
      id: statement,
      locale: sourceLocale,
      draft: false,
      data: {
        title,
        slug,
        standfirst,
        body,
        meta,
        publishedAt: publishedAt || release.moment,
        _status: 'published',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const translation of translations) await acceptTranslation(req, translation)
  }
  for (const reaction of snapshot.reactions)
    await req.payload.update({
      collection: 'reactions',
      id: reaction,
      data: { verified: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
}

/** A failure's reason: a validation error's own messages, or the error's. */
function reasonOf(error: unknown): string {
  const messages = (error as { data?: { errors?: { message?: string }[] } })?.data?.errors
    ?.map((item) => item.message)
    .filter(Boolean)
  if (messages?.length) return messages.join(' ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Publishes one due release in one transaction: all of it, or nothing. A failure rolls every
 * write back; the release then shows the failure and its reason, and the editors are emailed.
 */
async function publishRelease(payload: Payload, id: number, now: Date): Promise<Release['status']> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let release: Release | null = null
  try {
    // A second round that reaches the same release waits here, then finds it published.
    await lockRow(req, 'releases', id)
    release = await payload.findByID({
      collection: 'releases',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (release.status !== 'scheduled' || new Date(release.moment) > now) {
      await commitTransaction(req)
      return release.status
    }
    await publishContents(req, release, now.toISOString())
    await commitTransaction(req)
    return 'published'
  } catch (error) {
    await killTransaction(req)
    if (!release) throw error
    const reason = reasonOf(error)
    if (!(error instanceof ReleaseFailure))
      payload.logger.error({ err: error, msg: `Release ${id} failed` })
    await payload.update({
      collection: 'releases',
      id,
      data: { status: 'failed', failureReason: reason },
      overrideAccess: true,
      context: { [releaseOutcome]: true },
    })
    await notifyReleaseFailed(payload, release, reason)
    return 'failed'
  }
}

/**
 * Every scheduled release whose moment has come, oldest first. Called by the job runner's round
 * (lib/jobs/runDueJobs.ts), which runs once across instances.
 */
export async function publishDueReleases(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ published: number; failed: number }> {
  const { docs } = await payload.find({
    collection: 'releases',
    where: {
      and: [
        { status: { equals: 'scheduled' } },
        { moment: { less_than_equal: now.toISOString() } },
      ],
    },
    select: { moment: true },
    sort: 'moment',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const outcome = { published: 0, failed: 0 }
  for (const { id } of docs) {
    const status = await publishRelease(payload, id, now)
    if (status === 'published') outcome.published++
    if (status === 'failed') outcome.failed++
  }
  return outcome
}

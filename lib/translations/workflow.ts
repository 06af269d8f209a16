import { hasRole } from '@/lib/roles'
import type { User } from '@/payload-types'

/**
 * The life of a translation. A translator writes a draft and submits it; an editor accepts it
 * (it goes live), sends it back with a comment, or rejects it. Accepted and rejected are final:
 * later changes are a new translation, so what was published stays on record.
 */
export const translationStatuses = [
  'draft',
  'submitted',
  'changes_requested',
  'accepted',
  'rejected',
] as const
export type TranslationStatus = (typeof translationStatuses)[number]

type Actor = 'translator' | 'editor'

const transitions: Record<TranslationStatus, Partial<Record<TranslationStatus, Actor[]>>> = {
  draft: { submitted: ['translator', 'editor'] },
  changes_requested: { submitted: ['translator', 'editor'] },
  submitted: { accepted: ['editor'], changes_requested: ['editor'], rejected: ['editor'] },
  accepted: {},
  rejected: {},
}

/** Statuses in which the translated text may still change, and by whom. */
const editableBy: Record<TranslationStatus, Actor[]> = {
  draft: ['translator', 'editor'],
  changes_requested: ['translator', 'editor'],
  submitted: ['editor'],
  accepted: [],
  rejected: [],
}

export const openStatuses: TranslationStatus[] = ['draft', 'changes_requested']

/** A review that sends work back says why. */
export const needsComment: TranslationStatus[] = ['changes_requested', 'rejected']

export function actorOf(user: Pick<User, 'roles'> | null | undefined): Actor | null {
  if (hasRole(user, 'admin', 'editor')) return 'editor'
  if (hasRole(user, 'translator')) return 'translator'
  return null
}

export function canMove(
  actor: Actor | null,
  from: TranslationStatus,
  to: TranslationStatus,
): boolean {
  return actor !== null && Boolean(transitions[from][to]?.includes(actor))
}

export function canEditText(actor: Actor | null, status: TranslationStatus): boolean {
  return actor !== null && editableBy[status].includes(actor)
}

/** The statuses `actor` may pick for a translation now in `status`: where it is, and where it may go. */
export function nextStatuses(actor: Actor | null, status: TranslationStatus): TranslationStatus[] {
  return [status, ...translationStatuses.filter((to) => canMove(actor, status, to))]
}

/** Submitted and not reviewed since, whatever status is being picked for it now. */
export function awaitingReview({
  submittedAt,
  reviewedAt,
}: {
  submittedAt?: string | null
  reviewedAt?: string | null
}): boolean {
  if (!submittedAt) return false
  return !reviewedAt || new Date(reviewedAt) < new Date(submittedAt)
}

export function isTranslationStatus(value: unknown): value is TranslationStatus {
  return typeof value === 'string' && (translationStatuses as readonly string[]).includes(value)
}

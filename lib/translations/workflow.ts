import type { TargetLocale } from '@/i18n/locales'
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

export type Actor = 'translator' | 'editor'

/** Who may move a translation from one status (the key) to another. */
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

/** Nothing moves on from a final status: a change is a new translation. */
const isFinal = (status: TranslationStatus) => Object.keys(transitions[status]).length === 0

/**
 * Work in progress: not final yet. A translator has at most one open translation of a statement
 * in a language.
 */
export const openStatuses: TranslationStatus[] = translationStatuses.filter(
  (status) => !isFinal(status),
)

/** The statuses a review gives a submitted translation. */
export const reviewStatuses = Object.keys(transitions.submitted) as TranslationStatus[]

/** A review that sends work back says why. */
export const needsComment: TranslationStatus[] = ['changes_requested', 'rejected']

export function actorOf(user: Pick<User, 'roles'> | null | undefined): Actor | null {
  if (hasRole(user, 'admin', 'editor')) return 'editor'
  if (hasRole(user, 'translator')) return 'translator'
  return null
}

/** Editors work in every target language, translators in their own (`languages`) only. */
export function canTranslateInto(
  user: Pick<User, 'roles' | 'languages'> | null | undefined,
  locale: TargetLocale,
): boolean {
  const actor = actorOf(user)
  return (
    actor === 'editor' || (actor === 'translator' && Boolean(user?.languages?.includes(locale)))
  )
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

/** The statuses in which `actor` may change a translation's text. */
export function editableStatuses(actor: Actor): TranslationStatus[] {
  return translationStatuses.filter((status) => canEditText(actor, status))
}

/** The statuses `actor` may pick for a translation now in `status`: where it is, and where it may go. */
export function nextStatuses(actor: Actor | null, status: TranslationStatus): TranslationStatus[] {
  return [status, ...translationStatuses.filter((to) => canMove(actor, status, to))]
}

const finalRefusal =
  'This translation has been reviewed and is final: start a new translation to change it.'

/** Why `actor` may not move a translation from `from` to `to` (a move `canMove` refuses). */
export function moveRefusal(actor: Actor, from: TranslationStatus, to: TranslationStatus): string {
  if (reviewStatuses.includes(to) && !transitions.submitted[to]?.includes(actor))
    return 'Only an editor can review a translation.'
  if (isFinal(from)) return finalRefusal
  return `A translation cannot go from “${from.replace('_', ' ')}” to “${to.replace('_', ' ')}”.`
}

/** Why the text of a translation in `status` may not change (for whom `canEditText` refuses). */
export function editRefusal(status: TranslationStatus): string {
  return isFinal(status)
    ? finalRefusal
    : 'This translation is waiting for review: it can be changed again if the editor asks for changes.'
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

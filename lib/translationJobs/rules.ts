import { env } from '@/lib/env'

/**
 * A translation job: an editor's request for a statement in one language, perhaps of one
 * translator, perhaps by a date. Its status follows the translations workflow rather than being
 * typed: `submitted` once a translation of that statement and language is submitted, `done` once
 * one is accepted, back to `open` when the editor sends it back. Editors can only cancel.
 */
export const jobStatuses = ['open', 'submitted', 'done', 'cancelled'] as const
export type JobStatus = (typeof jobStatuses)[number]

/** Jobs still in progress: a statement has at most one of them per language. */
export const pendingJobStatuses: JobStatus[] = ['open', 'submitted']

/** Jobs waiting for their translator: these are reminded, and overdue once their date passes. */
export const waitingJobStatuses: JobStatus[] = ['open']

/** The one status an editor sets by hand; the others follow the translation (./sync.ts). */
export const cancelledStatus: JobStatus = 'cancelled'

export function isJobStatus(value: unknown): value is JobStatus {
  return typeof value === 'string' && (jobStatuses as readonly string[]).includes(value)
}

const hourMs = 3_600_000

/** How long before its due date the assignee of a waiting job is reminded. */
export const reminderWindowMs = () => env.TRANSLATION_REMINDER_HOURS * hourMs

/** A due date that close (or past) is already within the reminder window. */
export const withinReminderWindow = (dueAt: string, now = Date.now()) =>
  new Date(dueAt).getTime() <= now + reminderWindowMs()

/** How long before a release's moment its translations are due by default: a day, for review. */
export const releaseLeadMs = 24 * hourMs

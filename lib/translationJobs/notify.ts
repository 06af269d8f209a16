import type { Payload, PayloadRequest } from 'payload'

import { localeInfo, sourceLocale } from '@/i18n/locales'
import { sendNotice } from '@/lib/email/notify'
import { env } from '@/lib/env'
import { idOf } from '@/lib/releases/hold'
import { formatMoment } from '@/lib/releases/moment'
import type { TranslationJob, User } from '@/payload-types'

import { personName } from './jobs'
import { reminderWindowMs, waitingJobStatuses } from './rules'

const myTranslationsLink = () => `${env.NEXT_PUBLIC_SERVER_URL}/admin`

/** How many reminders one round of the job runner sends at most; the rest wait a minute. */
const remindersPerRound = 50

async function accountOf(
  payload: Payload,
  value: TranslationJob['assignee'],
  req?: PayloadRequest,
): Promise<User | null> {
  if (!value) return null
  if (typeof value === 'object') return value
  return payload
    .findByID({ collection: 'users', id: value, depth: 0, overrideAccess: true, req })
    .catch(() => null)
}

/** The statement's title in the original, which is how the newsroom knows it. */
async function titleOf(payload: Payload, job: TranslationJob, req?: PayloadRequest) {
  const statement = await payload
    .findByID({
      collection: 'statements',
      id: idOf(job.statement),
      locale: sourceLocale,
      draft: true,
      select: { title: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  return statement?.title || `statement ${idOf(job.statement)}`
}

/** "due 9 Dec 2026, 09:00 (Europe/Paris)", in the reader's own time zone, or "no due date". */
export function dueWords(dueAt: string | null | undefined, reader?: Pick<User, 'timeZone'> | null) {
  return dueAt ? `due ${formatMoment(dueAt, reader?.timeZone || 'UTC')}` : 'no due date'
}

/** Tells the assignee of each job that it is theirs: what, in which language, by when. */
export async function notifyAssignment(
  payload: Payload,
  jobs: TranslationJob[],
  req?: PayloadRequest,
): Promise<void> {
  const byAssignee = new Map<number, TranslationJob[]>()
  for (const job of jobs) {
    if (!job.assignee) continue
    const id = idOf(job.assignee)
    byAssignee.set(id, [...(byAssignee.get(id) ?? []), job])
  }
  for (const assigned of byAssignee.values()) {
    const assignee = await accountOf(payload, assigned[0].assignee, req)
    if (!assignee) continue
    const title = await titleOf(payload, assigned[0], req)
    const languages = assigned.map((job) => localeInfo(job.locale).label).join(', ')
    const lines = assigned.map(
      (job) =>
        `- ${localeInfo(job.locale).label}, ${dueWords(job.dueAt, assignee)}${job.note ? `\n  Note: ${job.note}` : ''}`,
    )
    await sendNotice(payload, {
      to: assignee.email,
      subject: `Translation asked of you (${languages}): ${title}`,
      text: `You are asked to translate “${title}”:\n${lines.join('\n')}\n\nYour translations: ${myTranslationsLink()}`,
    })
  }
}

/**
 * One round's reminders: every waiting job with an assignee, due within the reminder window
 * (TRANSLATION_REMINDER_HOURS) and not reminded yet, is marked reminded, then its assignee is
 * emailed. Once per job: a new due date or assignee starts again (see the collection's hook).
 */
export async function remindDueJobs(payload: Payload, now = Date.now()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'translation-jobs',
    where: {
      and: [
        { status: { in: waitingJobStatuses } },
        { assignee: { exists: true } },
        { remindedAt: { exists: false } },
        { dueAt: { less_than_equal: new Date(now + reminderWindowMs()).toISOString() } },
      ],
    },
    sort: 'dueAt',
    limit: remindersPerRound,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) {
    await payload.update({
      collection: 'translation-jobs',
      id: job.id,
      data: { remindedAt: new Date(now).toISOString() },
      depth: 0,
      overrideAccess: true,
      context: { systemWrite: true },
    })
    const assignee = await accountOf(payload, job.assignee)
    if (!assignee) continue
    const title = await titleOf(payload, job)
    const language = localeInfo(job.locale).label
    await sendNotice(payload, {
      to: assignee.email,
      subject: `Reminder: ${language} translation ${dueWords(job.dueAt, assignee)}: ${title}`,
      text: `Your ${language} translation of “${title}” is ${dueWords(job.dueAt, assignee)}.${job.note ? `\n\nNote: ${job.note}` : ''}\n\nYour translations: ${myTranslationsLink()}`,
    })
  }
  return docs.length
}

/** For the email that a translation was submitted: who asked for it, and by when it was due. */
export async function requestersOf(
  req: PayloadRequest,
  jobs: TranslationJob[],
): Promise<{ to: string[]; lines: string[] }> {
  const to: string[] = []
  const lines: string[] = []
  for (const job of jobs) {
    const requester = await accountOf(req.payload, job.requestedBy, req)
    if (requester) to.push(requester.email)
    const who = requester ? ` by ${personName(requester)}` : ''
    lines.push(`Asked for${who}, ${dueWords(job.dueAt, requester)}.`)
  }
  return { to, lines }
}

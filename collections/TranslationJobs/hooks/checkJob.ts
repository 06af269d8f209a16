import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isTargetLocale, localeInfo, sourceLocale, targetLocales } from '@/i18n/locales'
import { relationId } from '@/lib/signatories/relations'
import { releaseDue } from '@/lib/translationJobs/dueDate'
import { assigneeProblem, pendingJob } from '@/lib/translationJobs/jobs'
import {
  cancelledStatus,
  isJobStatus,
  pendingJobStatuses,
  withinReminderWindow,
} from '@/lib/translationJobs/rules'
import type { TranslationJob } from '@/payload-types'

const invalid = (path: string, message: string) =>
  new ValidationError({ collection: 'translation-jobs', errors: [{ path, message }] })

/**
 * What every write of a job answers to (the admin, REST, GraphQL, the ask endpoint): one job in
 * progress per statement and language, an assignee who translates into it, a due date to come
 * (a day before the statement's release by default), the requester recorded, and a status that
 * follows the translation: people may only cancel. Reminders start again for a new date or
 * assignee, unless the assignment email, which gives the date, already is one.
 */
export const checkJob: CollectionBeforeChangeHook<TranslationJob> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  // The application's own bookkeeping (the status following the translation, reminders).
  if (context.systemWrite) return data
  const now = Date.now()
  const next: Partial<TranslationJob> = { ...data }
  const statement = relationId(data.statement)
  const locale = data.locale
  if (!isTargetLocale(locale))
    throw invalid(
      'locale',
      `Ask for one of ${targetLocales.map((code) => localeInfo(code).label).join(', ')}: ${localeInfo(sourceLocale).label} is the original.`,
    )
  if (!statement) throw invalid('statement', 'Choose the statement to translate.')

  if (operation === 'create') {
    const exists = await req.payload
      .count({ collection: 'statements', where: { id: { equals: statement } }, req })
      .then(({ totalDocs }) => totalDocs > 0)
    if (!exists) throw invalid('statement', `There is no statement number ${statement}.`)
    const existing = await pendingJob(req, statement, locale)
    if (existing)
      throw invalid(
        'locale',
        `${localeInfo(locale).label} of this statement is already asked for (job number ${existing.id}): change that job instead.`,
      )
    next.status = 'open'
    next.requestedBy = req.user?.id ?? null
    next.remindedAt = null
    if (!data.dueAt) next.dueAt = (await releaseDue(req, statement, now))?.dueAt ?? null
  } else if (originalDoc) {
    const from = originalDoc.status
    if (!pendingJobStatuses.includes(from))
      throw new APIError(
        `This job is ${from === 'done' ? 'done' : 'cancelled'}: ask for the translation again instead.`,
        400,
        null,
        true,
      )
    const to = data.status ?? from
    if (to !== from && !(isJobStatus(to) && to === cancelledStatus))
      throw invalid(
        'status',
        'A job’s status follows its translation: you can only cancel it (submitted and done come from the translation).',
      )
  }

  const assignee = relationId(next.assignee)
  const assigned = assignee !== undefined && assignee !== relationId(originalDoc?.assignee)
  if (assigned) {
    const problem = await assigneeProblem(req, assignee, locale)
    if (problem) throw invalid('assignee', problem)
  }
  const dueChanged = (next.dueAt ?? null) !== (originalDoc?.dueAt ?? null)
  if (next.dueAt && dueChanged && new Date(next.dueAt).getTime() <= now)
    throw invalid('dueAt', 'The due date has passed: choose one to come.')
  if (operation === 'update' && (dueChanged || assignee !== relationId(originalDoc?.assignee)))
    next.remindedAt = null
  // The assignment email gives the due date: when that is near, it is the reminder.
  if (assigned && next.dueAt && withinReminderWindow(next.dueAt, now))
    next.remindedAt = new Date(now).toISOString()
  return next
}

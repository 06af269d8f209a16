import type { CollectionAfterChangeHook } from 'payload'

import { notifyAssignment } from '@/lib/translationJobs/notify'
import type { TranslationJob } from '@/payload-types'

const idOf = (value: TranslationJob['assignee']) =>
  value && typeof value === 'object' ? value.id : (value ?? null)

/**
 * Emails whoever a job is now assigned to. The ask endpoint creates several jobs at once and
 * sends one email per person once they are all saved (`context.assignmentNoticeLater`).
 */
export const tellAssignee: CollectionAfterChangeHook<TranslationJob> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.assignmentNoticeLater) return doc
  const assignee = idOf(doc.assignee)
  const before = operation === 'create' ? null : idOf(previousDoc?.assignee)
  if (assignee !== null && assignee !== before) await notifyAssignment(req.payload, [doc], req)
  return doc
}

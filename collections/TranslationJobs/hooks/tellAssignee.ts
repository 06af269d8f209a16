import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/lib/signatories/relations'
import { notifyAssignment } from '@/lib/translationJobs/notify'
import type { TranslationJob } from '@/payload-types'

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
  const assignee = relationId(doc.assignee)
  const before = operation === 'create' ? undefined : relationId(previousDoc?.assignee)
  if (assignee !== undefined && assignee !== before) await notifyAssignment(req.payload, [doc], req)
  return doc
}

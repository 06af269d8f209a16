import type { CollectionAfterChangeHook } from 'payload'

import { followTranslation } from '@/lib/translationJobs/sync'
import { acceptTranslation } from '@/lib/translations/accept'
import { notifyTranslationMoved } from '@/lib/translations/notify'
import type { Translation } from '@/payload-types'

/**
 * What a status move sets off: an accepted translation is published in its locale (in the same
 * transaction, so a failure leaves the translation unaccepted), the translation jobs for it
 * follow it, and the people concerned are told (a submission's requesters among them).
 */
export const afterReview: CollectionAfterChangeHook<Translation> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const moved = operation === 'create' || previousDoc?.status !== doc.status
  if (!moved) return doc
  if (doc.status === 'accepted') await acceptTranslation(req, doc)
  const jobs = await followTranslation(req, doc)
  if (!req.context.silent) await notifyTranslationMoved(req, doc, doc.status, jobs)
  return doc
}

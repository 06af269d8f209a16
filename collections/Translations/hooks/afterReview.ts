import type { CollectionAfterChangeHook } from 'payload'

import { acceptTranslation } from '@/lib/translations/accept'
import { notifyTranslationMoved } from '@/lib/translations/notify'
import type { Translation } from '@/payload-types'

/**
 * What a status move sets off: an accepted translation is published in its locale (in the same
 * transaction, so a failure leaves the translation unaccepted), and the people concerned are told.
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
  if (!req.context.silent) await notifyTranslationMoved(req, doc, doc.status)
  return doc
}

import type { CollectionAfterChangeHook } from 'payload'

import { rememberTranslation } from '@/lib/translationMemory/capture'
import { followTranslation } from '@/lib/translationJobs/sync'
import { acceptTranslation, statementIdOf } from '@/lib/translations/accept'
import { notifyTranslationMoved } from '@/lib/translations/notify'
import type { Translation } from '@/payload-types'

/**
 * What a status move sets off: an accepted translation goes into the translation memory and is
 * published in its locale (in the same transaction, so a failure leaves the translation
 * unaccepted and unremembered), the translation jobs for it follow it, and the people concerned
 * are told (a submission's requesters among them). The memory takes it here, at acceptance, and
 * not in acceptTranslation, which also republishes (a release, a restore): republishing an older
 * translation must not make it the memory's newest.
 */
export const afterReview: CollectionAfterChangeHook<Translation> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const moved = operation === 'create' || previousDoc?.status !== doc.status
  if (!moved) return doc
  if (doc.status === 'accepted') {
    // Publishing first takes the statement's row lock, which the memory's rows (their statement
    // key) would otherwise take a share of first: two accepts at once would deadlock.
    await acceptTranslation(req, doc)
    await rememberTranslation(req, { ...doc, statement: statementIdOf(doc) })
  }
  const jobs = await followTranslation(req, doc)
  if (!req.context.silent) await notifyTranslationMoved(req, doc, doc.status, jobs)
  return doc
}

import type { CollectionBeforeChangeHook } from 'payload'

import { sourceRevision, sourceTextOf } from '@/lib/translations/source'
import type { Statement } from '@/payload-types'
import { sourceLocale } from '@/i18n/locales'

/**
 * Records the fingerprint of the published source text, and when it last changed: a
 * translation made from another fingerprint is outdated, and readers are told since when.
 * Drafts do not count: readers of a translation compare it with the original they can read.
 */
export const trackSourceRevision: CollectionBeforeChangeHook<Statement> = ({
  data,
  originalDoc,
  req,
}) => {
  if (req.locale !== sourceLocale || data._status !== 'published') return data
  const revision = sourceRevision(
    sourceTextOf({
      title: data.title ?? '',
      standfirst: data.standfirst,
      body: data.body,
      meta: data.meta,
    }),
  )
  if (revision === originalDoc?.sourceRevision) return data
  return { ...data, sourceRevision: revision, sourceUpdatedAt: new Date().toISOString() }
}

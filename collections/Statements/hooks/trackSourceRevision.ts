import type { CollectionBeforeChangeHook } from 'payload'

import { sourceRevisionChange } from '@/lib/statements/derivedFields'
import type { Statement } from '@/payload-types'

/** Records the source revision when a save publishes a changed source (lib/statements/derivedFields.ts). */
export const trackSourceRevision: CollectionBeforeChangeHook<Statement> = ({
  data,
  originalDoc,
  req,
}) => {
  const change = sourceRevisionChange(req.locale, data, originalDoc?.sourceRevision)
  return change ? { ...data, ...change } : data
}

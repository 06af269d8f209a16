import type { CollectionBeforeChangeHook } from 'payload'

import { refuseWhileHeld } from '@/lib/releases/hold'
import type { Statement } from '@/payload-types'

/** A statement a scheduled release holds is published by the release, not before (lib/releases). */
export const holdForRelease: CollectionBeforeChangeHook<Statement> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (originalDoc?.id && data._status === 'published')
    await refuseWhileHeld(req, { statement: originalDoc.id }, 'published')
  return data
}

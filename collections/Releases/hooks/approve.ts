import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { approveRelease } from '@/lib/releases/approve'
import { releaseOutcome } from '@/lib/releases/publish'
import type { Release } from '@/payload-types'

/**
 * Every save of a release by an editor is its approval (lib/releases/approve.ts): checked, then
 * scheduled with a fresh snapshot. The runner's own writes of the outcome are not edits.
 */
export const approveOnSave: CollectionBeforeChangeHook<Release> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context[releaseOutcome]) return data
  if (originalDoc?.status === 'published')
    throw new APIError(
      'This release is published: it cannot change. Make a new release for what comes next.',
      400,
      null,
      true,
    )
  const snapshot = await approveRelease(req, {
    id: originalDoc?.id,
    statements: data.statements ?? originalDoc?.statements ?? [],
    reactions: data.reactions ?? originalDoc?.reactions ?? [],
  })
  return { ...data, status: 'scheduled', failureReason: null, publishedAt: null, snapshot }
}

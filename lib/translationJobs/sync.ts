import type { PayloadRequest } from 'payload'

import type { TranslationStatus } from '@/lib/translations/workflow'
import type { Translation, TranslationJob } from '@/payload-types'

import type { JobStatus } from './rules'

/** Which jobs a translation's move moves, and where to: its submission, its acceptance, its return. */
const follows: Partial<Record<TranslationStatus, { from: JobStatus[]; to: JobStatus }>> = {
  submitted: { from: ['open'], to: 'submitted' },
  accepted: { from: ['open', 'submitted'], to: 'done' },
  changes_requested: { from: ['submitted'], to: 'open' },
  rejected: { from: ['submitted'], to: 'open' },
}

/**
 * Moves the jobs for the translation's statement and language along with it: whoever submits a
 * translation of it, the job is submitted; when one is accepted, done; sent back, open again.
 * Returns the jobs moved, in the same transaction as the translation.
 */
export async function followTranslation(
  req: PayloadRequest,
  translation: Pick<Translation, 'statement' | 'locale' | 'status'>,
): Promise<TranslationJob[]> {
  const move = follows[translation.status]
  if (!move) return []
  const statement =
    typeof translation.statement === 'number' ? translation.statement : translation.statement.id
  // A context given with `req` stays on it for the rest of the request: it is taken off after.
  const before = req.context.systemWrite
  try {
    const { docs } = await req.payload.update({
      collection: 'translation-jobs',
      where: {
        and: [
          { statement: { equals: statement } },
          { locale: { equals: translation.locale } },
          { status: { in: move.from } },
        ],
      },
      data: { status: move.to },
      depth: 0,
      overrideAccess: true,
      context: { systemWrite: true },
      req,
    })
    return docs
  } finally {
    req.context.systemWrite = before
  }
}

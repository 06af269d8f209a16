import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { checkCorrection } from '@/lib/reactions/corrections'
import type { Reaction } from '@/payload-types'

/**
 * A change readers would see to a verified reaction needs a reason, and is logged with it; without
 * one the save is refused (400) and nothing is stored. Every write path (admin, REST, local API,
 * bulk updates) goes through this hook; the import only creates reactions.
 */
export const logCorrection: CollectionBeforeChangeHook<Reaction> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (operation !== 'update') return data
  const check = checkCorrection(originalDoc, data, data.correctionReason, new Date())
  if (check.kind === 'none') return data
  if (check.kind === 'refused')
    throw new ValidationError({
      collection: 'reactions',
      errors: [{ path: 'correctionReason', message: check.message }],
    })
  return { ...data, corrections: [...(data.corrections ?? []), check.entry] }
}

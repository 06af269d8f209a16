import type { CollectionBeforeChangeHook } from 'payload'

import { publicSignatureStatus } from '@/lib/signatories/kinds'
import { relationId } from '@/lib/signatories/relations'
import type { Signature } from '@/payload-types'

/**
 * Who verified a signature, and when, is recorded from the saving account as the status becomes
 * verified (the fields cannot be written by a request); a signature set back to requested loses both.
 */
export const stampVerification: CollectionBeforeChangeHook<Signature> = ({
  data,
  originalDoc,
  req,
}) => {
  const verified = (data.status ?? originalDoc?.status) === publicSignatureStatus
  const wasVerified = originalDoc?.status === publicSignatureStatus
  if (verified && !wasVerified)
    return {
      ...data,
      verifiedBy: relationId(req.user?.id) ?? null,
      verifiedAt: new Date().toISOString(),
    }
  if (!verified) return { ...data, verifiedBy: null, verifiedAt: null }
  return data
}

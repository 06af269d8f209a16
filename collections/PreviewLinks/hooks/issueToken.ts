import type { CollectionBeforeChangeHook } from 'payload'

import { newPreviewToken, previewTokenHash } from '@/lib/previewLinks/token'

/**
 * A new link gets its secret here, never from the request, and is found by its hash. Revoking
 * stamps the time, once: a revoked link stays revoked.
 */
export const issueToken: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') {
    const token = newPreviewToken()
    data.token = token
    data.tokenHash = previewTokenHash(token)
  }
  if (originalDoc?.revokedAt) {
    data.revoked = true
    data.revokedAt = originalDoc.revokedAt
  } else if (data.revoked) data.revokedAt = new Date().toISOString()
  return data
}

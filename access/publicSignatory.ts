import type { Access } from 'payload'

import { hasRole } from '@/lib/roles'

/**
 * Editors see every organization; readers and translators only those with a verified signature
 * of a published statement (the count lib/signatories/publicSignatures.ts keeps).
 */
export const publicSignatoryOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { publicSignatures: { greater_than: 0 } }
}

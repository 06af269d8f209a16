import type { Access } from 'payload'

import { hasRole } from '@/lib/roles'

/** Readers see reactions an editor has verified against their source; the newsroom sees all. */
export const verifiedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'translator')) return true
  return { verified: { equals: true } }
}

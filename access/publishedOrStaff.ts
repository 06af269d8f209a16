import type { Access } from 'payload'

import { hasRole } from '@/lib/roles'

/** Readers get published documents only; the newsroom sees drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'translator')) return true
  return { _status: { equals: 'published' } }
}

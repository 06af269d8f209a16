import type { Access } from 'payload'

import { hasRole } from '@/lib/roles'

/** Editors see every job; a translator sees the jobs assigned to them. */
export const readTranslationJobs: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'translator')) return { assignee: { equals: user.id } }
  return false
}

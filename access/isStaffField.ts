import type { FieldAccess } from 'payload'

import { hasRole } from '@/lib/roles'

/** Working notes the newsroom keeps for itself: never in public pages, the API or open data. */
export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'translator')

import type { PayloadRequest } from 'payload'

import { hasRole } from '@/lib/roles'

/** Anyone with a role may enter the admin panel. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor', 'translator')

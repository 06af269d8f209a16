import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** Anyone with a role may enter the admin panel. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor', 'translator')

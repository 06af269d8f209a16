import type { Access, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

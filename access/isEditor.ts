import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Editors and admins run the publication. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

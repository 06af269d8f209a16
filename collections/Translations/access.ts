import type { Access, Where } from 'payload'

import { hasRole } from '@/lib/roles'
import { editableStatuses } from '@/lib/translations/workflow'

/**
 * Editors see and review every translation; translators see their own only, and may change
 * or delete them only while they are theirs to work on (draft, or sent back with changes).
 */
export const readTranslations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'translator')) return { translator: { equals: user.id } }
  return false
}

export const createTranslations: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'translator')

export const updateTranslations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'translator')) return false
  const own: Where = {
    and: [{ translator: { equals: user.id } }, { status: { in: editableStatuses('translator') } }],
  }
  return own
}

export const deleteTranslations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'translator')) return false
  const ownDraft: Where = {
    and: [{ translator: { equals: user.id } }, { status: { equals: 'draft' } }],
  }
  return ownDraft
}

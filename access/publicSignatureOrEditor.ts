import type { Access, Where } from 'payload'

import { publicSignatureStatus } from '@/lib/signatories/kinds'
import { hasRole } from '@/lib/roles'

/** Editors see every signature; readers and translators verified ones of published statements. */
export const publicSignatureOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const verified: Where = { status: { equals: publicSignatureStatus } }
  const published: Where = { 'statement._status': { equals: 'published' } }
  return { and: [verified, published] }
}

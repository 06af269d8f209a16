import { headers } from 'next/headers'

import { hasRole } from '@/lib/roles'
import { payloadClient } from '@/lib/data/payload'
import type { User } from '@/payload-types'

/** The signed-in newsroom member making this request (admin session cookie), or null. */
export async function currentStaff(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && hasRole(user, 'admin', 'editor', 'translator')
    ? user
    : null
}

'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { isTimeZone } from '@/lib/timeZones'
import type { User } from '@/payload-types'

/**
 * Saves a signed-in person's browser time zone on their account while it is empty, so that the
 * schedule drawer opens in their zone (components/admin/PublishButton.client.tsx). A provider
 * because it has no place on screen; it renders only its children.
 */
export function RememberTimeZone({ children }: { children: ReactNode }) {
  const { user } = useAuth<User>()
  const {
    config: { routes },
  } = useConfig()
  const id = user?.id
  const missing = Boolean(user) && !user?.timeZone

  useEffect(() => {
    if (!id || !missing) return
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!isTimeZone(zone)) return
    fetch(`${routes.api}/users/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ timeZone: zone }),
    })
      .then((response) => {
        if (!response.ok) console.error(`Saving the time zone ${zone} failed (${response.status}).`)
      })
      .catch((error: unknown) => console.error('Saving the time zone failed:', error))
  }, [id, missing, routes.api])

  return children
}

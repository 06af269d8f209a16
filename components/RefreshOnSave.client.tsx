'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * Inside the admin's live preview frame: Payload's own handshake tells the admin the page is
 * ready and asks for a refresh whenever the editor's changes are saved; refreshing re-renders
 * the draft on the server through Next's router.
 */
export function RefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  // Payload compares a message's origin with this address as written: no path, no slash.
  return <RefreshRouteOnSave refresh={refresh} serverURL={new URL(serverURL).origin} />
}

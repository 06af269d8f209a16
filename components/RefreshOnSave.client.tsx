'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview frame: tells the admin the page is ready and re-renders the
 * draft whenever the editor's changes are saved. This is Payload's live preview handshake
 * (`payload-live-preview` / `payload-document-event` messages); its React helper package is not
 * published for our Payload version, and Payload refuses mismatched packages.
 */
export function RefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const origin = new URL(serverURL).origin
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data
      if (
        event.origin === origin &&
        typeof data === 'object' &&
        data !== null &&
        'type' in data &&
        data.type === 'payload-document-event'
      ) {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage(
      { type: 'payload-live-preview', ready: true },
      origin,
    )
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}

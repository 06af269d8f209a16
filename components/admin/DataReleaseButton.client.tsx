'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { labels: { submit: string; help: string } }
type Status =
  | { state: 'idle' | 'making' }
  | { state: 'made'; date: string; url: string }
  | { state: 'refused'; message: string }

/**
 * The data releases list's button: POST /api/data-releases/make, then the new release's address,
 * or the server's reason (a day that has one already), and the list refreshed.
 */
export function DataReleaseButton({ labels }: Props) {
  const router = useRouter()
  const [status, setStatus] = useState<Status>({ state: 'idle' })

  async function make() {
    setStatus({ state: 'making' })
    try {
      const response = await fetch('/api/data-releases/make', {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as {
        date?: string
        url?: string
        errors?: { message: string }[]
      }
      if (response.ok && body.date && body.url) {
        setStatus({ state: 'made', date: body.date, url: body.url })
        router.refresh()
        return
      }
      setStatus({
        state: 'refused',
        message:
          body.errors?.map((error) => error.message).join(' ') ||
          `The release could not be made (${response.status}).`,
      })
    } catch {
      setStatus({
        state: 'refused',
        message: 'The connection was lost: reload the list to see whether the release was made.',
      })
    }
  }

  return (
    <div className="amicus-data-release">
      <button
        type="button"
        onClick={make}
        className="btn btn--style-secondary btn--size-small"
        disabled={status.state === 'making'}
      >
        {labels.submit}
      </button>
      <p className="amicus-help">{labels.help}</p>
      {status.state === 'made' ? (
        <p role="status">
          Release {status.date} made: <a href={status.url}>{status.url}</a>
        </p>
      ) : null}
      {status.state === 'refused' ? (
        <p role="alert" className="amicus-problems">
          {status.message}
        </p>
      ) : null}
    </div>
  )
}

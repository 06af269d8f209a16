'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { UploadControls } from './UploadControls.client'

type Counts = { stored: number; updated: number; skipped: number; plain: number }
type Props = {
  labels: {
    title: string
    help: string
    submit: string
    /** With `{stored}`, `{updated}`, `{skipped}` and `{plain}`. */
    imported: string
    /** With `{status}`. */
    failed: string
    connectionLost: string
  }
}
type Status =
  | { state: 'idle' | 'importing' }
  | { state: 'done'; message: string }
  | { state: 'failed'; problems: string[] }

const fill = (text: string, values: Record<string, number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

/**
 * Imports a TMX file into the memory (POST /api/translation-memory/tmx) and says what it did, or
 * why the file was refused; the list is refreshed so new segments show.
 */
export function TmxUpload({ labels }: Props) {
  const router = useRouter()
  const [status, setStatus] = useState<Status>({ state: 'idle' })

  async function upload(file: File) {
    const form = new FormData()
    form.set('file', file)
    setStatus({ state: 'importing' })
    try {
      const response = await fetch('/api/translation-memory/tmx', {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as Partial<Counts> & {
        errors?: { message: string }[]
      }
      if (!response.ok) {
        const problems = body.errors?.map((error) => error.message) ?? []
        setStatus({
          state: 'failed',
          problems: problems.length ? problems : [fill(labels.failed, { status: response.status })],
        })
        return
      }
      setStatus({ state: 'done', message: fill(labels.imported, body as Counts) })
      router.refresh()
    } catch {
      setStatus({ state: 'failed', problems: [labels.connectionLost] })
    }
  }

  const busy = status.state === 'importing'
  return (
    <UploadControls
      labels={labels}
      accept=".tmx,application/x-tmx+xml,application/xml,text/xml"
      busy={busy}
      onUpload={upload}
    >
      {busy ? <progress /> : null}
      {status.state === 'done' ? <p role="status">{status.message}</p> : null}
      {status.state === 'failed' ? (
        <ul role="alert" className="amicus-problems">
          {status.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </UploadControls>
  )
}

'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { chosenFile, FilePicker, postFile, UploadProblems } from './FilePicker'

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
  const input = useRef<HTMLInputElement>(null)

  async function upload() {
    const file = chosenFile(input)
    if (!file) return
    setStatus({ state: 'importing' })
    try {
      const response = await postFile('/api/translation-memory/tmx', file)
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
    <div className="amicus-xliff-upload">
      <FilePicker
        input={input}
        accept=".tmx,application/x-tmx+xml,application/xml,text/xml"
        labels={labels}
        busy={busy}
        onSubmit={upload}
      />
      {busy ? <progress /> : null}
      {status.state === 'done' ? <p role="status">{status.message}</p> : null}
      {status.state === 'failed' ? (
        <UploadProblems problems={status.problems.map((message) => ({ message }))} />
      ) : null}
    </div>
  )
}

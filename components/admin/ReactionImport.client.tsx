'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import type { ImportMessage } from '@/lib/reactions/importCsv'

import { chosenFile, FilePicker, postFile, UploadProblems } from './FilePicker'

type Problem = { row: number | null; message: string }
type Props = { labels: { title: string; help: string; submit: string } }
type Status =
  | { state: 'idle' }
  | { state: 'importing'; done: number; total: number }
  | { state: 'done'; created: number; skipped: number }
  | { state: 'failed'; problems: Problem[] }

const interrupted: Problem = {
  row: null,
  message:
    'The connection was lost before the import finished. Reload the list to see what was imported: importing the file again adds only what is missing.',
}

/** Each JSON line of a streamed body, as it arrives. */
async function readLines(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: ImportMessage) => void,
): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let pending = ''
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    // `stream: true` keeps a character split between two chunks for the next one.
    const lines = (pending + decoder.decode(chunk.value, { stream: true })).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) if (line.trim()) onMessage(JSON.parse(line) as ImportMessage)
  }
}

/** What the final message says, or that there was none. */
function outcome(message: ImportMessage | null): Status {
  if (message?.type === 'done')
    return { state: 'done', created: message.created, skipped: message.skipped }
  if (message?.type === 'errors') return { state: 'failed', problems: message.errors }
  return { state: 'failed', problems: [interrupted] }
}

/**
 * Above the reactions list: imports a CSV file, showing progress as the server writes, then the
 * result or every problem by row. Not a <form>, like the XLIFF upload, so it can sit anywhere in
 * the admin; the list is refreshed so the new reactions show.
 */
export function ReactionImport({ labels }: Props) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status>({ state: 'idle' })

  async function upload() {
    const file = chosenFile(input)
    if (!file) return
    setStatus({ state: 'importing', done: 0, total: 0 })
    try {
      const response = await postFile('/api/reactions/import', file)
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { errors?: Problem[] }
        setStatus({
          state: 'failed',
          problems: body.errors?.length
            ? body.errors
            : [{ row: null, message: `The import failed (${response.status}).` }],
        })
        return
      }
      let last: ImportMessage | null = null
      await readLines(response.body, (message) => {
        last = message
        if (message.type === 'progress')
          setStatus({ state: 'importing', done: message.done, total: message.total })
      })
      const result = outcome(last)
      setStatus(result)
      if (result.state === 'done' && result.created > 0) router.refresh()
    } catch {
      setStatus({ state: 'failed', problems: [interrupted] })
    }
  }

  const busy = status.state === 'importing'
  return (
    <div className="amicus-xliff-upload amicus-reaction-import">
      <FilePicker
        input={input}
        accept=".csv,text/csv"
        labels={labels}
        busy={busy}
        onSubmit={upload}
      />
      {status.state === 'importing' ? (
        <p>
          {status.total > 0 ? <progress value={status.done} max={status.total} /> : <progress />}{' '}
          {status.total > 0 ? `${status.done} of ${status.total}` : 'Checking the file…'}
        </p>
      ) : null}
      {status.state === 'done' ? (
        <p role="status">
          Imported {status.created} reaction(s); skipped {status.skipped} already recorded.
        </p>
      ) : null}
      {status.state === 'failed' ? <UploadProblems problems={status.problems} /> : null}
    </div>
  )
}

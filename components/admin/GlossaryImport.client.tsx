'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { chosenFile, FilePicker, postFile, UploadProblems } from './FilePicker'

type Problem = { row: number | null; message: string }
type Props = { labels: { title: string; help: string; submit: string; imported: string } }
type Status =
  | { state: 'idle' | 'importing' }
  | { state: 'done'; message: string }
  | { state: 'failed'; problems: Problem[] }

/**
 * Above the glossary: imports a CSV file of terms (POST /api/glossary-terms/import), then says
 * how many were added and updated, or lists every problem by row. Not a <form>, like the other
 * imports, so it can sit anywhere in the admin; the list is refreshed to show the terms.
 */
export function GlossaryImport({ labels }: Props) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status>({ state: 'idle' })

  async function upload() {
    const file = chosenFile(input)
    if (!file) return
    setStatus({ state: 'importing' })
    try {
      const response = await postFile('/api/glossary-terms/import', file)
      const body = (await response.json().catch(() => ({}))) as {
        created?: number
        updated?: number
        errors?: Problem[]
      }
      if (!response.ok) {
        setStatus({
          state: 'failed',
          problems: body.errors?.length
            ? body.errors
            : [{ row: null, message: `The import failed (${response.status}).` }],
        })
        return
      }
      const message = labels.imported
        .replace('{created}', String(body.created ?? 0))
        .replace('{updated}', String(body.updated ?? 0))
      setStatus({ state: 'done', message })
      router.refresh()
    } catch {
      setStatus({
        state: 'failed',
        problems: [{ row: null, message: 'The connection was lost: nothing was imported.' }],
      })
    }
  }

  const busy = status.state === 'importing'
  return (
    <div className="amicus-xliff-upload amicus-glossary-import">
      <FilePicker
        input={input}
        accept=".csv,text/csv"
        labels={labels}
        busy={busy}
        onSubmit={upload}
      />
      {busy ? <progress /> : null}
      {status.state === 'done' ? <p role="status">{status.message}</p> : null}
      {status.state === 'failed' ? <UploadProblems problems={status.problems} /> : null}
    </div>
  )
}

'use client'

import { useRef, useState } from 'react'

import { chosenFile, FilePicker, postFile, UploadProblems } from './FilePicker'

type Problem = { segment?: string | null; message: string }
type Props = {
  statement: number
  locale: string
  labels: { title: string; help: string; submit: string }
}

/**
 * Uploads a translated XLIFF file and lists what is wrong with it segment by segment, or opens
 * the submitted translation. A client component because the answer is shown in place; not a
 * <form>, because it also sits inside the admin's own edit form, and forms cannot nest.
 */
export function XliffUpload({ statement, locale, labels }: Props) {
  const [problems, setProblems] = useState<Problem[]>([])
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  async function upload() {
    const file = chosenFile(input)
    if (!file) return
    setBusy(true)
    setProblems([])
    try {
      const response = await postFile('/api/translations/xliff', file, {
        statement: String(statement),
        locale,
      })
      const body = (await response.json().catch(() => ({}))) as { url?: string; errors?: Problem[] }
      if (response.ok && body.url) {
        window.location.assign(body.url)
        return
      }
      setProblems(
        body.errors?.length
          ? body.errors
          : [{ message: `The upload failed (${response.status}).` }],
      )
    } catch {
      setProblems([{ message: 'The upload failed: check your connection and try again.' }])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="amicus-xliff-upload">
      <FilePicker
        input={input}
        accept=".xlf,.xliff,application/x-xliff+xml,application/xml,text/xml"
        labels={labels}
        busy={busy}
        onSubmit={upload}
      />
      <UploadProblems problems={problems} />
    </div>
  )
}

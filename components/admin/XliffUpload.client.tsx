'use client'

import { useState } from 'react'

import { UploadControls } from './UploadControls.client'

type Problem = { segment?: string | null; message: string }
type Props = {
  statement: number
  locale: string
  labels: { title: string; help: string; submit: string }
}

/**
 * Uploads a translated XLIFF file and lists what is wrong with it segment by segment, or opens
 * the submitted translation. A client component because the answer is shown in place; it also
 * sits inside the admin's own edit form (see UploadControls).
 */
export function XliffUpload({ statement, locale, labels }: Props) {
  const [problems, setProblems] = useState<Problem[]>([])
  const [busy, setBusy] = useState(false)

  async function upload(file: File) {
    const form = new FormData()
    form.set('statement', String(statement))
    form.set('locale', locale)
    form.set('file', file)
    setBusy(true)
    setProblems([])
    try {
      const response = await fetch('/api/translations/xliff', {
        method: 'POST',
        body: form,
        credentials: 'include',
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
    <UploadControls
      labels={labels}
      accept=".xlf,.xliff,application/x-xliff+xml,application/xml,text/xml"
      busy={busy}
      onUpload={upload}
    >
      {problems.length > 0 ? (
        <ul role="alert" className="amicus-problems">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.segment ? <code>{problem.segment}</code> : null} {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </UploadControls>
  )
}

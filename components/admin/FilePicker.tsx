import type { RefObject } from 'react'

type Labels = { title: string; submit: string; help: string }

/**
 * The admin's file uploads (XLIFF, CSV imports): a file input with its label, the button that
 * sends it, and a line of help. The caller reads the file from `input` and does the sending.
 */
export function FilePicker({
  input,
  accept,
  labels,
  busy,
  onSubmit,
}: {
  input: RefObject<HTMLInputElement | null>
  accept: string
  labels: Labels
  busy: boolean
  onSubmit: () => void
}) {
  return (
    <>
      <label>
        {labels.title} <input ref={input} type="file" accept={accept} disabled={busy} />
      </label>
      <button
        type="button"
        onClick={onSubmit}
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
      >
        {labels.submit}
      </button>
      <p className="amicus-help">{labels.help}</p>
    </>
  )
}

/** What an upload was refused for, each problem with the segment it is in where there is one. */
export function UploadProblems({
  problems,
}: {
  problems: { message: string; segment?: string | null }[]
}) {
  if (problems.length === 0) return null
  return (
    <ul role="alert" className="amicus-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.segment ? (
            <>
              <code>{problem.segment}</code>{' '}
            </>
          ) : null}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

/** The file chosen in `input`; without one, null, and the input takes the focus so one is chosen. */
export function chosenFile(input: RefObject<HTMLInputElement | null>): File | null {
  const file = input.current?.files?.[0]
  if (!file) input.current?.focus()
  return file ?? null
}

/** Sends `file` (and `fields`) as a form upload with the session's cookie. */
export function postFile(url: string, file: File, fields: Record<string, string> = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  form.set('file', file)
  return fetch(url, { method: 'POST', body: form, credentials: 'include' })
}

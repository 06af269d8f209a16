'use client'

import { type ReactNode, useRef } from 'react'

type Props = {
  labels: { title: string; help: string; submit: string }
  /** The file input's `accept`. */
  accept: string
  busy: boolean
  /** With the chosen file; without one, the file input takes the focus instead. */
  onUpload: (file: File) => void
  className?: string
  /** What happened, shown under the help text. */
  children?: ReactNode
}

/**
 * The admin's file uploads (XLIFF, reactions CSV, TMX): a labelled file input, its button and
 * help text. Not a <form>, so that it can sit anywhere in the admin, inside an edit form too,
 * since forms cannot nest; each upload sends the file itself and shows the answer in place.
 */
export function UploadControls({ labels, accept, busy, onUpload, className, children }: Props) {
  const input = useRef<HTMLInputElement>(null)

  function upload() {
    const file = input.current?.files?.[0]
    if (file) onUpload(file)
    else input.current?.focus()
  }

  return (
    <div className={['amicus-xliff-upload', className].filter(Boolean).join(' ')}>
      <label>
        {labels.title} <input ref={input} type="file" accept={accept} disabled={busy} />
      </label>
      <button
        type="button"
        onClick={upload}
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
      >
        {labels.submit}
      </button>
      <p className="amicus-help">{labels.help}</p>
      {children}
    </div>
  )
}

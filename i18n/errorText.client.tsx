'use client'

import { createContext, type ReactNode, use } from 'react'

import type { Locale } from './locales'

/** What the error page says, in the reader's language: its one need of translated text in the browser. */
export type ErrorText = {
  locale: Locale
  title: string
  body: string
  retry: string
  home: string
  searchLabel: string
  searchSubmit: string
}

const ErrorTextContext = createContext<ErrorText | null>(null)

/**
 * Hands the error page (a client component, as Next requires) its text from the layout. A plain
 * context: next-intl's client provider would bring its message formatting to every page for it.
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>
}

export function useErrorText(): ErrorText {
  const text = use(ErrorTextContext)
  if (!text)
    throw new Error('The error page is rendered outside the ErrorTextProvider of its layout.')
  return text
}

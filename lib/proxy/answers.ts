import { NextResponse } from 'next/server'

import { type Locale, localeInfo } from '@/i18n/locales'

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`

/** A short page in the reader's language, for answers the proxy gives itself; `body` is markup with its text escaped. */
export function shortPage(
  locale: Locale,
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
) {
  const { dir } = localeInfo(locale)
  return new NextResponse(
    `<!doctype html><html lang="${locale}" dir="${dir}"><meta charset="utf-8"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1>${body}</html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      },
    },
  )
}

/** A JSON refusal, for requests to the API that can only be mistakes or probes. */
export const refuse = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

import { NextResponse } from 'next/server'

import type { Locale } from '@/i18n/locales'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

import { paragraph, shortPage } from './answers'

const messages = { en, fr, es, ar } satisfies Record<Locale, typeof en>

/** A press preview page: `/en/press/<token>` and `/en/press/<token>/statements/<id>`. */
export const pressPage = /^\/([a-z]{2})\/press\/([^/]+)(?:\/statements\/[^/]+)?\/?$/

/**
 * Whoever holds the link, and only them: never kept by a shared cache or a browser, never indexed.
 * Next keeps the Cache-Control the proxy sets.
 */
export const pressHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }

const refusals = { revoked: 410, expired: 410, otherLanguage: 403 } as const

/**
 * A press preview opens only while its link is valid, for the languages it names. The refusals
 * are answered here, in the reader's language, with the status a page could not give (410 for a
 * link that has expired or been revoked). The page reads the link again to render.
 */
export async function guardPressPreview(locale: Locale, token: string): Promise<NextResponse> {
  const { openPressPreview } = await import('@/lib/data/pressPreview')
  const preview = await openPressPreview(token, locale)
  const text = messages[locale].PressPreview
  if (!preview) {
    const { title, body } = text.unknown
    return shortPage(locale, 404, title, paragraph(body), pressHeaders)
  }
  if (preview.standing !== 'open') {
    const { title, body } = text[preview.standing]
    return shortPage(locale, refusals[preview.standing], title, paragraph(body), pressHeaders)
  }
  const response = NextResponse.next()
  for (const [name, value] of Object.entries(pressHeaders)) response.headers.set(name, value)
  return response
}

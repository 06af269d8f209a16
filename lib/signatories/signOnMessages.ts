import { createFormatter, createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

const messages = { en, fr, es, ar } satisfies Record<Locale, typeof en>

/**
 * The sign-on messages in `locale`, outside a page's request context: route handlers and the
 * confirmation email, which answer for the reader in the language of the form they sent.
 */
export function signOnTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'SignOn' })
}

export type SignOnTranslator = ReturnType<typeof signOnTranslator>

/** A closing date as the reader writes it, in UTC so that every reader is told the same moment. */
export function closingDate(locale: Locale, closesAt: string): string {
  return createFormatter({ locale, timeZone: 'UTC' }).dateTime(new Date(closesAt), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
}

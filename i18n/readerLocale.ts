import { NextRequest } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import { type Locale } from './locales'
import { routing } from './routing'

const chooseLocale = createMiddleware(routing)

/**
 * The language next-intl would send this reader to from `/` (the cookie of a language chosen
 * before, then Accept-Language): one rule for the home redirect and for pages that have no
 * locale in their address to go by, such as the 404 page of `/xx/statements`.
 */
export function readerLocale(headers: Headers): Locale {
  const answer = chooseLocale(new NextRequest('http://reader.invalid/', { headers }))
  const [first] = new URL(answer.headers.get('location') ?? '/', 'http://reader.invalid').pathname.split('/').filter(Boolean)
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale
}

import { NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import type { Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

/** next-intl's choice of a language for `/` and unprefixed paths (cookie, then Accept-Language). */
export const handleI18nRouting = createMiddleware(routing)

// A first segment shaped like a language tag (`xx`, `pt-BR`, `EN`) that is not one of ours as
// spelled: see notOurLocale. No page of ours has such a segment second either (`/fr/xx` is a 404).
export const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/** The language next-intl sends this reader to from `/` (a cookie of a language chosen before, then Accept-Language). */
function readerLocale(request: NextRequest): Locale {
  const home = handleI18nRouting(
    new NextRequest(new URL('/', request.url), { headers: request.headers }),
  )
  const [first] = new URL(home.headers.get('location') ?? '/', request.url).pathname
    .split('/')
    .filter(Boolean)
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale
}

/**
 * A first segment that names a language but not as we spell our locales. When the language is
 * one of ours (`/EN/x`, `/fr-FR/x`) the address says what the reader wants: a permanent redirect
 * to our spelling, the same for everyone, which any cache may keep. Any other (`/xx/x`, `/pt/x`)
 * would be a guess: redirecting to `/en/x` or to the browser's language can land on a page that
 * does not exist, in a language nobody asked for. So the reader gets an honest 404, in the
 * language `/` would give them (cookie, then Accept-Language), with that language's header and
 * search. That answer depends on request headers: no shared cache may keep it.
 */
export function notOurLocale(request: NextRequest, first: string): NextResponse {
  const url = request.nextUrl.clone()
  const language = first.split('-')[0].toLowerCase()
  if (hasLocale(routing.locales, language)) {
    url.pathname = `/${language}${url.pathname.slice(first.length + 1)}`
    return NextResponse.redirect(url, 308)
  }
  // `/fr/xx/statements` is the catch-all's 404 page, in French, with the status 404.
  url.pathname = `/${readerLocale(request)}${url.pathname}`
  return NextResponse.rewrite(url, {
    headers: { 'cache-control': 'private, no-store', vary: 'accept-language, cookie' },
  })
}

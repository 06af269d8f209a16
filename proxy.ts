import { type NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

const handleI18nRouting = createMiddleware(routing)

// A first segment shaped like a language tag (`xx`, `pt-BR`) that is not one of ours is an
// unknown locale: it gets a 404 page rather than a redirect to `/en/xx`.
const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/**
 * Chooses the reader's language for `/` and unprefixed paths (cookie, then Accept-Language).
 * Paths that already carry one of our locales never reach it (see the matcher): that is most
 * requests, and running it costs about a sixth of a cached page's CPU. The cookie that remembers
 * the reader's language is set on those pages by a static header instead (next.config.ts).
 */
export default function proxy(request: NextRequest) {
  const [first] = request.nextUrl.pathname.split('/').filter(Boolean)
  if (first && languageTagShape.test(first) && !hasLocale(routing.locales, first)) {
    return NextResponse.next()
  }
  return handleI18nRouting(request)
}

export const config = {
  // Payload's admin and API, the preview entry (/next/preview), Next's assets, anything that
  // looks like a file, and paths that start with one of our locales stay out. Next needs a
  // literal here; tests/unit/proxy.test.ts checks it lists exactly the locales of i18n/locales.ts.
  matcher: '/((?!api|admin|next/|_next|_vercel|(?:en|fr|es|ar)(?:/|$)|.*\\..*).*)',
}

import { type NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

const handleI18nRouting = createMiddleware(routing)

// A first segment shaped like a language tag (`xx`, `pt-BR`) that is not one of ours is an
// unknown locale: it gets a 404 page rather than a redirect to `/en/xx`.
const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/** Chooses the reader's language for `/` and unprefixed paths (cookie, then Accept-Language). */
export default function proxy(request: NextRequest) {
  const [first] = request.nextUrl.pathname.split('/').filter(Boolean)
  if (first && languageTagShape.test(first) && !hasLocale(routing.locales, first)) {
    return NextResponse.next()
  }
  return handleI18nRouting(request)
}

export const config = {
  // Payload's admin and API, the preview entry (/next/preview), Next's assets and anything
  // that looks like a file stay out.
  matcher: '/((?!api|admin|next/|_next|_vercel|.*\\..*).*)',
}

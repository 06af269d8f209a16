import { type NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import { decodable, plainSpelling } from '@/lib/proxy/addressSpelling'
import { refuse } from '@/lib/proxy/answers'
import { checkGraphqlBody } from '@/lib/proxy/graphqlBody'
import { guardLivePage, livePage } from '@/lib/proxy/livePages'
import { handleI18nRouting, languageTagShape, notOurLocale } from '@/lib/proxy/localeRouting'
import { perRequestPage, withNonce } from '@/lib/proxy/nonce'
import { guardPressPreview, pressPage } from '@/lib/proxy/pressPreview'
import { redirectToCurrentAddress, statementPage } from '@/lib/proxy/statementAddress'

// Next gives the proxy a cache of its own that keeps nothing from one request to the next (it
// expects one elsewhere); this lets it use the server's, where the slug map pages read is kept,
// as `next start` does for proxies it runs apart. The proxy runs in the server's own process.
;(globalThis as { __incrementalCacheShared?: boolean }).__incrementalCacheShared = true

/**
 * Chooses the reader's language for `/` and unprefixed paths (cookie, then Accept-Language).
 * Paths that already carry one of our locales never reach it (see the matcher): that is most
 * requests, and running it costs about a sixth of a cached page's CPU. The cookie that remembers
 * the reader's language is set on those pages by a static header instead (next.config.ts).
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!decodable(pathname))
    return refuse(400, 'This address is not valid: it has a broken %-escape.')
  const plain = plainSpelling(pathname)
  if (plain) {
    const url = request.nextUrl.clone()
    url.pathname = plain
    return NextResponse.redirect(url, 308)
  }
  if (pathname === '/api/graphql') return checkGraphqlBody(request)
  if (request.method === 'DELETE' && pathname.startsWith('/api/payload-preferences/')) {
    // Payload's delete of a preference by key builds SQL Postgres rejects (a 500). The admin never
    // uses it; the delete by query does the same and works.
    return refuse(
      405,
      'Delete preferences by query: DELETE /api/payload-preferences?where[key][equals]=KEY.',
    )
  }
  if (perRequestPage.test(pathname)) return withNonce(request)
  const [, pressLocale, token] = pressPage.exec(pathname) ?? []
  if (pressLocale && hasLocale(routing.locales, pressLocale))
    return guardPressPreview(pressLocale, token)
  const [, statementLocale, slug] = statementPage.exec(pathname) ?? []
  if (statementLocale && hasLocale(routing.locales, statementLocale))
    return redirectToCurrentAddress(request, statementLocale, slug)
  const [, live, page] = livePage.exec(pathname) ?? []
  if (live && hasLocale(routing.locales, live)) return guardLivePage(request, live, page)
  // Paths with a %-escape come here only to have it checked (the matcher's third entry).
  if (!localeRouted.test(pathname)) return NextResponse.next()
  const [first] = pathname.split('/').filter(Boolean)
  if (first && languageTagShape.test(first) && !hasLocale(routing.locales, first))
    return notOurLocale(request, first)
  return handleI18nRouting(request)
}

export const config = {
  // 1. Locale routing: Payload's admin and API, the preview entry (/next/preview), Next's assets,
  //    the embeds and their oEmbed endpoint (lib/embeds/), anything that looks like a file, and
  //    paths that start with one of our locales stay out.
  // 2. The live pages. 3. Any path with a %-escape, to check it (Arabic slugs among them: the
  //    check is a decode). 4. GraphQL bodies. 5. Preferences by key (for a delete Payload gets wrong).
  // 6. The admin and the draft preview, for their nonce. 7. A joint statement's signatories by
  //    country, a live page. 8. The press preview, for its link. 9. Statements, for their old
  //    addresses.
  // Next needs literals here; tests/unit/proxy.test.ts checks they list exactly the locales of
  // i18n/locales.ts.
  matcher: [
    '/((?!api|admin|next/|_next|_vercel|embed/|oembed$|(?:en|fr|es|ar)(?:/|$)|.*\\..*).*)',
    '/(en|fr|es|ar)/(statements|search|reactions|reactions\\.csv|reactions\\.json|signatories\\.csv|signatories\\.json)',
    '/(.*%.*)',
    '/api/graphql',
    '/api/payload-preferences/:key+',
    '/admin/:path*',
    '/(en|fr|es|ar)/preview/:path*',
    '/(en|fr|es|ar)/statements/:slug/signatories',
    '/(en|fr|es|ar)/press/:path*',
    '/(en|fr|es|ar)/statements/:slug',
  ],
}

/** The paths of the first matcher entry, the only ones whose language the proxy chooses. */
const localeRouted = new RegExp(`^${config.matcher[0]}$`)

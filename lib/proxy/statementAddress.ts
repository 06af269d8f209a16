import { type NextRequest, NextResponse } from 'next/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'

/** A statement's address: `/en/statements/its-slug`. */
export const statementPage = /^\/([a-z]{2})\/statements\/([^/]+)$/

/**
 * What a shared cache may do with the 404 of a statement not (yet) published: keep it a few
 * seconds. Next would give it the page's own year-long `s-maxage`, and a CDN obeying it would
 * hide a statement published at a set moment (a coordinated release) long after it went live.
 * Next keeps a `Cache-Control` the proxy set (its own only fills an empty one).
 */
export const notFoundCacheControl = 'public, max-age=0, s-maxage=5, must-revalidate'

/** The page is about to answer 404: let it, with a shared-cache lifetime of seconds. */
function briefNotFound() {
  const response = NextResponse.next()
  response.headers.set('cache-control', notFoundCacheControl)
  return response
}

/**
 * An address of a statement other than the one it has in that language (an old slug, another
 * language's slug) answers with a permanent redirect to that one. Decided here, before the page:
 * Next cannot cache a redirect made while rendering and keep its Location header. The slug map
 * is cached data, so a cached statement page still costs no database query. An address it does
 * not hold is a 404 to come, whose shared-cache lifetime is made short.
 */
export async function redirectToCurrentAddress(
  request: NextRequest,
  locale: Locale,
  segment: string,
): Promise<NextResponse> {
  const [{ findStatementAddress }, { decodeSegment }] = await Promise.all([
    import('@/lib/data/statements'),
    import('@/lib/locale'),
  ])
  const slug = decodeSegment(segment)
  if (!slug) return briefNotFound()
  try {
    const address = await findStatementAddress(locale, slug)
    if (!address) return briefNotFound()
    if (address.slug === slug) return NextResponse.next()
    // Only to an address the slug map holds as current: two cached answers from either side of a
    // rename (each is refreshed behind its first reader) then never send a reader round a loop.
    if ((await findStatementAddress(locale, address.slug))?.slug !== address.slug)
      return NextResponse.next()
    return NextResponse.redirect(
      new URL(localized(locale, paths.statement(address.slug)), request.url),
      308,
    )
  } catch (error) {
    // Without the slug map (the database down, nothing cached) the page answers, from its cache if it can.
    console.error(`The address ${request.nextUrl.pathname} could not be looked up:`, error)
    return NextResponse.next()
  }
}

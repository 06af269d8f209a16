import { type NextRequest, NextResponse } from 'next/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'

/** A statement's address: `/en/statements/its-slug`. */
export const statementPage = /^\/([a-z]{2})\/statements\/([^/]+)$/

/**
 * An address of a statement other than the one it has in that language (an old slug, another
 * language's slug) answers with a permanent redirect to that one. Decided here, before the page:
 * Next cannot cache a redirect made while rendering and keep its Location header. The slug map
 * is cached data, so a cached statement page still costs no database query.
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
  if (!slug) return NextResponse.next()
  try {
    const address = await findStatementAddress(locale, slug)
    if (!address || address.slug === slug) return NextResponse.next()
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

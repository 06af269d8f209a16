import { type NextRequest, NextResponse } from 'next/server'

import type { Locale } from '@/i18n/locales'
import { env } from '@/lib/env'
import { databaseReachable } from '@/lib/health/databaseReachable'
import { localized, paths } from '@/lib/paths'
import { describeFilterProblems } from '@/lib/reactions/filterProblems'
import type { FilterProblem } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { clientAddress, overLimit } from '@/lib/security/rateLimits'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

import { escapeHtml, paragraph, shortPage } from './answers'
import { canonicalQuery } from './canonicalQueries'
import { datedTrackerView, isDatedView, livePageCacheControl, viewHeader } from './liveHeaders'

const messages = { en, fr, es, ar } satisfies Record<Locale, typeof en>

/**
 * Pages that read the database on every request (they depend on their query string), and the
 * tracker: a joint statement's signatories by country (`statements/<slug>/signatories`) among them.
 */
export const livePage =
  /^\/([a-z]{2})\/(statements|search|reactions|reactions\.csv|reactions\.json|signatories\.csv|signatories\.json|statements\/[^/]+\/signatories)\/?$/

/** The tracker's answer to filters it cannot apply: each one, with what it accepts, and a way back. */
function invalidFiltersPage(locale: Locale, problems: FilterProblem[]) {
  const { Reactions } = messages[locale]
  const items = describeFilterProblems(locale, messages[locale], problems).map(
    (problem) => `<li>${escapeHtml(problem.message)}</li>`,
  )
  const back = `<p><a href="${localized(locale, paths.reactions)}">${escapeHtml(Reactions.allReactions)}</a></p>`
  return shortPage(
    locale,
    400,
    Reactions.invalidFilters.title,
    `${paragraph(Reactions.invalidFilters.lead)}<ul>${items.join('')}</ul>${back}`,
  )
}

const withCacheControl = (response: NextResponse) => {
  response.headers.set('cache-control', livePageCacheControl)
  return response
}

/** On to Next, with the view the proxy chose for next.config.ts's rewrites, or none. */
function passOn(request: NextRequest, view?: string): NextResponse {
  const headers = new Headers(request.headers)
  if (view) headers.set(viewHeader, view)
  else headers.delete(viewHeader)
  return NextResponse.next({ request: { headers } })
}

/**
 * The pages whose query string asks a question. A question spelled another way is redirected to
 * its one spelling (canonicalQueries.ts). The index's views and the tracker's views without
 * dates are cached in the app like statement pages, one cached page per question: next.config.ts
 * rewrites them, by the question this names, to `statement-lists/<question>` and
 * `reactions/filtered/<filters>`. Views over chosen dates, which have no end, go to the live
 * `reactions/filtered` page, for the edge to keep.
 * Filters the tracker cannot apply are answered here, with a 400 a page could not give (Next
 * renders every page as a 200 unless it is not found), before the database is needed.
 *
 * Pages rendered per request cannot be served while the database is down: they get a 503 in the
 * reader's language at once, instead of a request that waits for a connection and fails.
 * (Cached pages never come here and go on being served.) Search, the most expensive live page,
 * is rate limited: SEARCHES_PER_MINUTE per client address, then a 429.
 */
export async function guardLivePage(
  request: NextRequest,
  locale: Locale,
  page: string,
): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl
  const canonical = canonicalQuery(page, request.nextUrl.searchParams, dayOf(new Date()))
  if (!canonical.ok) {
    if (page === 'reactions') return invalidFiltersPage(locale, canonical.problems)
  } else if (canonical.query !== search.replace(/^\?/, '')) {
    const url = request.nextUrl.clone()
    url.search = canonical.query
    return withCacheControl(NextResponse.redirect(url, 308))
  }
  // The index's views and the tracker's views without dates are cached: no database needed to
  // serve them.
  if (page === 'statements') return withCacheControl(passOn(request, search.slice(1)))
  if (page === 'reactions' && !search) return passOn(request)
  if (page === 'reactions' && !isDatedView(request.nextUrl.searchParams))
    return withCacheControl(passOn(request, search.slice(1)))
  const { Error: unavailable, SearchPage } = messages[locale]
  if (env.DATABASE_URL && !(await databaseReachable(env.DATABASE_URL))) {
    return shortPage(locale, 503, unavailable.title, paragraph(unavailable.body), {
      'retry-after': '30',
    })
  }
  if (page === 'reactions') return withCacheControl(passOn(request, datedTrackerView))
  if (page !== 'search')
    return pathname.endsWith('/signatories') ? withCacheControl(passOn(request)) : passOn(request)
  const retryAfter = await overLimit('search', clientAddress(request.headers))
  if (retryAfter === null) return withCacheControl(passOn(request))
  return shortPage(locale, 429, SearchPage.tooMany, paragraph(SearchPage.tooMany), {
    'retry-after': String(retryAfter),
  })
}

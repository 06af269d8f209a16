import { NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import { type Locale, localeInfo } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'
import { databaseReachable } from '@/lib/health/databaseReachable'
import { localized, paths } from '@/lib/paths'
import { describeFilterProblems } from '@/lib/reactions/filterProblems'
import { type FilterProblem, parseFilters, queryParams } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { contentSecurityPolicy, drawNonce } from '@/lib/security/contentSecurityPolicy'
import { clientAddress, overLimit } from '@/lib/security/rateLimits'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

const handleI18nRouting = createMiddleware(routing)

// Next gives the proxy a cache of its own that keeps nothing from one request to the next (it
// expects one elsewhere); this lets it use the server's, where the slug map pages read is kept,
// as `next start` does for proxies it runs apart. The proxy runs in the server's own process.
;(globalThis as { __incrementalCacheShared?: boolean }).__incrementalCacheShared = true

// A first segment shaped like a language tag (`xx`, `pt-BR`, `EN`) that is not one of ours as
// spelled: see notOurLocale. No page of ours has such a segment second either (`/fr/xx` is a 404).
const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

const messages = { en, fr, es, ar } satisfies Record<Locale, typeof en>

/** Pages that read the database on every request (they depend on their query string), and the tracker. */
const livePage = /^\/([a-z]{2})\/(statements|search|reactions|reactions\.csv|reactions\.json)\/?$/

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`

/** A statement's address: `/en/statements/its-slug`. */
const statementPage = /^\/([a-z]{2})\/statements\/([^/]+)$/

/**
 * An address of a statement other than the one it has in that language (an old slug, another
 * language's slug) answers with a permanent redirect to that one. Decided here, before the page:
 * Next cannot cache a redirect made while rendering and keep its Location header. The slug map
 * is cached data, so a cached statement page still costs no database query.
 */
async function redirectToCurrentAddress(
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

/** A short page in the reader's language, for answers the proxy gives itself; `body` is markup with its text escaped. */
function shortPage(
  locale: Locale,
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
) {
  const { dir } = localeInfo(locale)
  return new NextResponse(
    `<!doctype html><html lang="${locale}" dir="${dir}"><meta charset="utf-8"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1>${body}</html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      },
    },
  )
}

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

/**
 * Live pages cannot be served while the database is down: they get a 503 in the reader's
 * language at once, instead of a request that waits for a connection and fails. (Cached pages
 * never come here and go on being served.) The tracker's default view is cached like a
 * statement; its filtered views are rewritten to the live `reactions/filtered` page, and filters
 * it cannot apply are answered here, with a 400 a page could not give (Next renders every page
 * as a 200 unless it is not found), before the database is needed. Search, the most expensive
 * live page, is rate limited: SEARCHES_PER_MINUTE per client address, then a 429.
 */
async function guardLivePage(
  request: NextRequest,
  locale: Locale,
  page: string,
): Promise<NextResponse> {
  const { search, searchParams } = request.nextUrl
  if (page === 'reactions' && !search) return NextResponse.next()
  if (page === 'reactions') {
    const parsed = parseFilters(queryParams(searchParams), dayOf(new Date()))
    if (!parsed.ok) return invalidFiltersPage(locale, parsed.problems)
  }
  const { Error: unavailable, SearchPage } = messages[locale]
  if (env.DATABASE_URL && !(await databaseReachable(env.DATABASE_URL))) {
    return shortPage(locale, 503, unavailable.title, paragraph(unavailable.body), {
      'retry-after': '30',
    })
  }
  if (page === 'reactions')
    return NextResponse.rewrite(new URL(`/${locale}/reactions/filtered${search}`, request.url))
  if (page !== 'search') return NextResponse.next()
  const retryAfter = await overLimit('search', clientAddress(request.headers))
  if (retryAfter === null) return NextResponse.next()
  return shortPage(locale, 429, SearchPage.tooMany, paragraph(SearchPage.tooMany), {
    'retry-after': String(retryAfter),
  })
}

const refuse = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * Next answers a path with a broken %-escape (`/en/%FF`) with a 500 before any page runs
 * (vercel/next.js#92527); such an address can only be a mistake or a probe.
 */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** A %-escape of a character that needs none: a letter, a digit, `-`, `_` or `~` (not `.`, which would make dot-segments). */
const needlessEscape = /%(?:3[0-9]|4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|2D|5F|7E)/gi

/**
 * The address without needless escapes (`/%65n` is `/en`), or null when it has none. Next finds
 * the same page for both spellings, and a page rendered for the odd one would be cached with
 * links made from it (the language switcher's) for every reader of the plain one.
 */
function plainSpelling(pathname: string): string | null {
  needlessEscape.lastIndex = 0
  if (!needlessEscape.test(pathname)) return null
  return pathname.replace(needlessEscape, (escape) => decodeURIComponent(escape))
}

/**
 * Payload's GraphQL route fails with a 500 on a body it cannot parse; anything else it answers
 * itself. Queries come as JSON (nobody uploads files through our GraphQL). Next hands the proxy
 * a copy of the body, so reading it here costs the route nothing.
 */
async function checkGraphqlBody(request: NextRequest): Promise<NextResponse> {
  if (request.method !== 'POST') return NextResponse.next()
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) {
    return refuse(415, 'Send GraphQL queries as JSON (Content-Type: application/json).')
  }
  try {
    JSON.parse(await request.clone().text())
    return NextResponse.next()
  } catch {
    return refuse(400, 'The request body is not valid JSON.')
  }
}

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
function notOurLocale(request: NextRequest, first: string): NextResponse {
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

/** The admin and the draft preview: pages rendered per request, whose scripts carry a nonce. */
const perRequestPage = new RegExp(`^/(admin(/|$)|(${routing.locales.join('|')})/preview/)`)

/**
 * Next reads the nonce from the request's policy and puts it on every script it writes; the
 * browser gets the same policy with the answer.
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: drawNonce() })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

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
  //    anything that looks like a file, and paths that start with one of our locales stay out.
  // 2. The live pages. 3. Any path with a %-escape, to check it (Arabic slugs among them: the
  //    check is a decode). 4. GraphQL bodies. 5. Preferences by key (for a delete Payload gets wrong).
  // 6. The admin and the draft preview, for their nonce. 7. Statements, for their old addresses.
  // Next needs literals here; tests/unit/proxy.test.ts checks they list exactly the locales of
  // i18n/locales.ts.
  matcher: [
    '/((?!api|admin|next/|_next|_vercel|(?:en|fr|es|ar)(?:/|$)|.*\\..*).*)',
    '/(en|fr|es|ar)/(statements|search|reactions|reactions\\.csv|reactions\\.json)',
    '/(.*%.*)',
    '/api/graphql',
    '/api/payload-preferences/:key+',
    '/admin/:path*',
    '/(en|fr|es|ar)/preview/:path*',
    '/(en|fr|es|ar)/statements/:slug',
  ],
}

/** The paths of the first matcher entry, the only ones whose language the proxy chooses. */
const localeRouted = new RegExp(`^${config.matcher[0]}$`)

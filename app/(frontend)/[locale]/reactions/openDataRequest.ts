import { hasLocale } from 'next-intl'
import { getMessages } from 'next-intl/server'

import { type Locale, localeCodes } from '@/i18n/locales'
import type { CurrentRelease } from '@/lib/dataReleases/status'
import { reactionsView } from '@/lib/openData/current'
import { type DescribedProblem, describeFilterProblems } from '@/lib/reactions/filterProblems'
import { parseFilters, queryParams, type TrackerFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import type { Tracker } from '@/lib/reactions/tracker'

/** Open to any site's scripts: the data is public, and so are the headers naming its release. */
const cors = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Link, Data-Release-Matches',
}

/** A 400 is not cached: the next request may be corrected. */
export const refusalHeaders = { ...cors, 'cache-control': 'no-store' }
export const openDataHeaders = {
  ...cors,
  'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
}

/**
 * A current file's latest data release: a `Link` to the release's copy of the file
 * (rel="latest-version", RFC 5829) and whether the current unfiltered data is identical to it.
 */
export function releaseHeaders(release: CurrentRelease): Record<string, string> {
  if (!release.url) return {}
  return {
    link: `<${release.url}>; rel="latest-version"`,
    'data-release-matches': release.matchesCurrent ? 'yes' : 'no',
  }
}

export type OpenDataRequest =
  | { kind: 'unknown-locale' }
  | { kind: 'invalid-filters'; problems: DescribedProblem[] }
  | { kind: 'view'; locale: Locale; filters: TrackerFilters; tracker: Tracker; fileName: string }

/**
 * What /[locale]/reactions.csv and .json share: the tracker's reactions with the page's own
 * filters, or the filters it cannot apply, each with its sentence in the locale's language.
 */
export async function readOpenDataRequest(
  request: Request,
  localeParam: string,
): Promise<OpenDataRequest> {
  if (!hasLocale(localeCodes, localeParam)) return { kind: 'unknown-locale' }
  const locale = localeParam
  const parsed = parseFilters(queryParams(new URL(request.url).searchParams), dayOf(new Date()))
  if (!parsed.ok) {
    const messages = await getMessages({ locale })
    return {
      kind: 'invalid-filters',
      problems: describeFilterProblems(locale, messages, parsed.problems),
    }
  }
  const { filters } = parsed
  const tracker = await reactionsView(locale, filters)
  const fileName = `amicus-reactions-${locale}-${tracker.from}-${tracker.to}`
  return { kind: 'view', locale, filters, tracker, fileName }
}

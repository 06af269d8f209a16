import { hasLocale } from 'next-intl'
import { getMessages } from 'next-intl/server'

import { type Locale, localeCodes } from '@/i18n/locales'
import { trackerData } from '@/lib/data/reactions'
import { type DescribedProblem, describeFilterProblems } from '@/lib/reactions/filterProblems'
import { parseFilters, queryParams, type TrackerFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { buildTracker, type Tracker } from '@/lib/reactions/tracker'

/** Open to any site's scripts: the data is public. */
const cors = { 'access-control-allow-origin': '*' }

/** A 400 is not cached: the next request may be corrected. */
export const refusalHeaders = { ...cors, 'cache-control': 'no-store' }
export const openDataHeaders = {
  ...cors,
  'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
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
  const tracker = buildTracker(await trackerData(locale), filters)
  const fileName = `amicus-reactions-${locale}-${tracker.from}-${tracker.to}`
  return { kind: 'view', locale, filters, tracker, fileName }
}

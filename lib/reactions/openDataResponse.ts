import { hasLocale } from 'next-intl'
import { getMessages, getTranslations } from 'next-intl/server'

import { type Locale, localeCodes } from '@/i18n/locales'
import { buildTracker, trackerData } from '@/lib/data/reactions'

import { describeFilterProblems } from './filterProblems'
import { type FilterProblem, parseFilters, queryParams } from './filters'
import { toCsv, toJson } from './openData'
import { dayOf } from './partyStatus'

const shared = { 'access-control-allow-origin': '*' }

/**
 * A 400 for filters the tracker cannot apply, saying which and what they accept: JSON for .json,
 * a line of text per problem for .csv (a CSV file would read as an empty result).
 */
async function refuseFilters(
  locale: Locale,
  format: 'csv' | 'json',
  problems: FilterProblem[],
): Promise<Response> {
  const described = describeFilterProblems(locale, await getMessages({ locale }), problems)
  const headers = { ...shared, 'cache-control': 'no-store' }
  if (format === 'json') return Response.json({ errors: described }, { status: 400, headers })
  const text = described.map((problem) => `${problem.message}\n`).join('')
  return new Response(text, {
    status: 400,
    headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
  })
}

/** /[locale]/reactions.csv and .json: the tracker's reactions with the page's own filters. */
export async function openDataResponse(
  request: Request,
  localeParam: string,
  format: 'csv' | 'json',
): Promise<Response> {
  if (!hasLocale(localeCodes, localeParam)) return new Response('Not found', { status: 404 })
  const locale = localeParam
  const parsed = parseFilters(queryParams(new URL(request.url).searchParams), dayOf(new Date()))
  if (!parsed.ok) return refuseFilters(locale, format, parsed.problems)
  const { filters } = parsed
  const tracker = buildTracker(await trackerData(locale), filters)
  const name = `amicus-reactions-${locale}-${tracker.from}-${tracker.to}`
  const headers = {
    ...shared,
    'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
  }
  if (format === 'csv') {
    return new Response(toCsv(tracker), {
      headers: {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      },
    })
  }
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return Response.json(toJson(tracker, filters, t('dataLicence')), {
    headers: { ...headers, 'content-disposition': `inline; filename="${name}.json"` },
  })
}

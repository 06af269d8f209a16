import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { localeCodes } from '@/i18n/locales'
import { buildTracker, parseFilters, trackerData } from '@/lib/data/reactions'

import { toCsv, toJson } from './openData'
import { dayOf } from './partyStatus'

/** /[locale]/reactions.csv and .json: the tracker's reactions with the page's own filters. */
export async function openDataResponse(request: Request, localeParam: string, format: 'csv' | 'json'): Promise<Response> {
  if (!hasLocale(localeCodes, localeParam)) return new Response('Not found', { status: 404 })
  const locale = localeParam
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const filters = parseFilters(params, dayOf(new Date()))
  const tracker = buildTracker(await trackerData(locale), filters)
  const name = `amicus-reactions-${locale}-${tracker.from}-${tracker.to}`
  const headers = { 'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300', 'access-control-allow-origin': '*' }
  if (format === 'csv') {
    return new Response(toCsv(tracker, locale), {
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` },
    })
  }
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return Response.json(toJson(tracker, locale, filters, t('dataLicence')), {
    headers: { ...headers, 'content-disposition': `inline; filename="${name}.json"` },
  })
}

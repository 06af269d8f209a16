import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TrackerLayout } from '@/components/reactions/TrackerLayout'
import { trackerData } from '@/lib/data/reactions'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { isDatedView } from '@/lib/proxy/liveHeaders'
import { filtersToQuery, parseFilters, queryParams } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { trackerView } from '@/lib/reactions/tracker'

import { trackerMetadata } from '../../trackerMetadata'

type Props = { params: Promise<{ locale: string; view: string }> }

// Each view is rendered on its first request and cached like the default view: until a reaction
// or State changes (tags), and at least hourly, because the counts are as of today.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/**
 * The tracker with filters but no dates: `/[locale]/reactions?stance=…` is rewritten here by the
 * proxy, with the filters spelled one way (`filtersToQuery`) as this page's last segment, so each
 * view is one cached page (stances × groups × party status × orders: few enough to keep them
 * all). The proxy answers filters it cannot apply with a 400 itself (a page cannot set that
 * status); here, any other spelling, or a date, is not a page.
 */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const view = decodeSegment((await params).view) ?? notFound()
  const today = dayOf(new Date())
  const search = new URLSearchParams(view)
  const parsed = parseFilters(queryParams(search), today)
  if (!parsed.ok || isDatedView(search) || filtersToQuery(parsed.filters, today) !== `?${view}`)
    notFound()
  return { locale, today, filters: parsed.filters }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await load(params)
  // Filtered views are variations of one page: search engines index the default view.
  return { ...(await trackerMetadata(locale)), robots: { index: false } }
}

export default async function FilteredReactionsPage({ params }: Props) {
  const { locale, today, filters } = await load(params)
  const tracker = trackerView(await trackerData(locale), filters)
  return <TrackerLayout locale={locale} tracker={tracker} filters={filters} today={today} />
}

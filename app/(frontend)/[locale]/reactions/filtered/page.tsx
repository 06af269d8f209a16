import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TrackerLayout } from '@/components/reactions/TrackerLayout'
import { trackerData } from '@/lib/data/reactions'
import { pageLocale } from '@/lib/locale'
import { renderSlots } from '@/lib/render/renderSlots'
import { parseFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { trackerView } from '@/lib/reactions/tracker'

import { trackerMetadata } from '../trackerMetadata'

// Read per request (its query string chooses what it shows): nothing to render at build time,
// and Next must not treat it as a static page that it would render once.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Filtered views are variations of one page: search engines index the default view.
  return { ...(await trackerMetadata(await pageLocale(params))), robots: { index: false } }
}

/**
 * The tracker's views over chosen dates (`/[locale]/reactions?from=…`, rewritten here by the
 * proxy): rendered on every request, since dates have no end of combinations and the app keeps
 * only views it can count (`filtered/[view]`); the edge keeps these. The proxy answers filters it
 * cannot apply with a 400 itself (a page cannot set that status), so only a request for this
 * internal address can bring them here.
 */
// A few at a time: each holds a quarter of a megabyte of HTML and its React payload until sent.
const takeTurn = renderSlots(4)

export default async function FilteredReactionsPage({ params, searchParams }: Props) {
  await takeTurn()
  const locale = await pageLocale(params)
  const today = dayOf(new Date())
  const parsed = parseFilters(await searchParams, today)
  if (!parsed.ok) notFound()
  const tracker = trackerView(await trackerData(locale), parsed.filters)
  return <TrackerLayout locale={locale} tracker={tracker} filters={parsed.filters} today={today} />
}

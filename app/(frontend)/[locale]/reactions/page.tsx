import type { Metadata } from 'next'

import { trackerMetadata, TrackerView } from '@/components/reactions/TrackerView'
import { pageLocale } from '@/lib/locale'
import { defaultFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'

type Props = { params: Promise<{ locale: string }> }

// The default view, which most readers open, is rendered once and cached until a reaction or
// State changes (tags), and at least hourly, because the counts are as of today. Filtered views
// are the proxy's rewrite to ./filtered.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return trackerMetadata(await pageLocale(params))
}

export default async function ReactionsPage({ params }: Props) {
  const today = dayOf(new Date())
  return (
    <TrackerView locale={await pageLocale(params)} filters={defaultFilters(today)} today={today} />
  )
}

import type { Metadata } from 'next'

import { EmbedSnippet } from '@/components/EmbedSnippet'
import { TrackerLayout } from '@/components/reactions/TrackerLayout'
import { trackerData } from '@/lib/data/reactions'
import { pageLocale } from '@/lib/locale'
import { defaultFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { trackerView } from '@/lib/reactions/tracker'

import { trackerMetadata } from './trackerMetadata'

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
  const locale = await pageLocale(params)
  const today = dayOf(new Date())
  const filters = defaultFilters(today)
  const tracker = trackerView(await trackerData(locale), filters)
  return (
    <>
      <TrackerLayout locale={locale} tracker={tracker} filters={filters} today={today} />
      <EmbedSnippet locale={locale} embeds={[{ kind: 'count' }, { kind: 'map' }]} />
    </>
  )
}

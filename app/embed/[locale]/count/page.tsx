import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EmbedCredit } from '@/components/embeds/EmbedCredit'
import { TrackerHeadline } from '@/components/reactions/TrackerHeadline'
import { trackerData } from '@/lib/data/reactions'
import { pageLocale } from '@/lib/locale'
import { defaultFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { trackerView } from '@/lib/reactions/tracker'

type Props = { params: Promise<{ locale: string }> }

// As the tracker: cached until a reaction or State changes, and at least hourly (counts as of today).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Embeds' })
  return { title: t('title', { embed: 'count', state: '' }) }
}

/** The tracker's headline count, to embed. */
export default async function EmbedCountPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  const today = dayOf(new Date())
  const filters = defaultFilters(today)
  const tracker = trackerView(await trackerData(locale), filters)
  return (
    <>
      <h1>{t('title')}</h1>
      <TrackerHeadline
        locale={locale}
        tracker={tracker}
        filters={filters}
        today={today}
        tableLink={false}
      />
      <EmbedCredit locale={locale} embed={{ kind: 'count' }} />
    </>
  )
}

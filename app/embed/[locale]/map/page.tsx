import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EmbedCredit } from '@/components/embeds/EmbedCredit'
import { TrackerMap } from '@/components/reactions/TrackerMap'
import { type MapLegendItem, stanceColors } from '@/components/reactions/WorldMap'
import { trackerData } from '@/lib/data/reactions'
import { pageLocale } from '@/lib/locale'
import { defaultFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import { stanceValues } from '@/lib/reactions/stances'
import { trackerView } from '@/lib/reactions/tracker'

type Props = { params: Promise<{ locale: string }> }

// As the tracker: cached until a reaction or State changes, and at least hourly (stances as of today).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Embeds' })
  return { title: t('title', { embed: 'map', state: '' }) }
}

/** The tracker's map of the States by latest stance, to embed. */
export default async function EmbedMapPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tEmbeds] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getTranslations({ locale, namespace: 'Embeds' }),
  ])
  const tracker = trackerView(await trackerData(locale), defaultFilters(dayOf(new Date())))
  const legend: MapLegendItem[] = stanceValues.map((stance) => ({
    category: stance,
    label: t('stance', { stance }),
    color: stanceColors[stance],
  }))
  return (
    <>
      <h1>{t('title')}</h1>
      <TrackerMap
        locale={locale}
        states={tracker.states}
        legend={legend}
        summary={tEmbeds('mapSummary')}
        linkTarget="_blank"
      />
      <EmbedCredit locale={locale} embed={{ kind: 'map' }} />
    </>
  )
}

import { getTranslations } from 'next-intl/server'

import { type Locale, localeInfo } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import type { StateRow } from '@/lib/reactions/stateRows'

import { type MapLegendItem, WorldMap } from './WorldMap'

/** Every State on the map, coloured by its latest stance; the table is its text equivalent. */
export async function TrackerMap({
  locale,
  states,
  legend,
  summary,
  linkTarget,
}: {
  locale: Locale
  states: StateRow[]
  legend: MapLegendItem[]
  /** Where the text equivalent is, when not in the table below (the embed). */
  summary?: string
  linkTarget?: '_blank'
}) {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  const stanceLabel = (stance: string) => t('stance', { stance })
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">{t('mapHeading')}</h2>
      <WorldMap
        countries={states.map((state) => ({
          iso2: state.iso2,
          name: state.name,
          category: state.stance,
          href: `/${locale}${paths.state(state.iso2)}`,
          description: t('mapCountry', {
            stance: stanceLabel(state.stance ?? 'none'),
            party: state.party ? 'yes' : 'no',
            sample: state.latest?.sample ? 'yes' : 'no',
          }),
        }))}
        legend={legend}
        noDataLabel={stanceLabel('none')}
        title={t('mapTitle')}
        summary={summary ?? t('mapSummary')}
        dir={localeInfo(locale).dir}
        linkTarget={linkTarget}
      />
    </section>
  )
}

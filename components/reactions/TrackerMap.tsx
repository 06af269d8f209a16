import { getTranslations } from 'next-intl/server'

import { type Locale, localeInfo } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import type { StateRow } from '@/lib/reactions/stateRows'

import { remembered } from './remembered'
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
  const stanceLabel = remembered((stance) => t('stance', { stance }))
  // Keyed by stance, party and sample: a few dozen descriptions for every State.
  const description = remembered((key) => {
    const [stance, party, sample] = key.split(' ')
    return t('mapCountry', { stance: stanceLabel(stance), party, sample })
  })
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">{t('mapHeading')}</h2>
      <WorldMap
        countries={states.map((state) => ({
          iso2: state.iso2,
          name: state.name,
          category: state.stance,
          href: `/${locale}${paths.state(state.iso2)}`,
          description: description(
            `${state.stance ?? 'none'} ${state.party ? 'yes' : 'no'} ${state.latest?.sample ? 'yes' : 'no'}`,
          ),
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

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { filtersToQuery, type TrackerFilters } from '@/lib/reactions/filters'
import { stanceValues } from '@/lib/reactions/stances'
import type { Tracker } from '@/lib/reactions/tracker'

import { ReactionItem } from './ReactionItem'
import { TrackerFilterForm } from './TrackerFilterForm'
import { TrackerHeadline } from './TrackerHeadline'
import { TrackerMap } from './TrackerMap'
import { TrackerSummary } from './TrackerSummary'
import { TrackerTable } from './TrackerTable'
import { TrackerTimeline } from './TrackerTimeline'
import { type MapLegendItem, stanceColors } from './WorldMap'

/**
 * The tracker as its pages compute it: headline counts, breakdown by regional group, a map, a
 * sortable and filterable table that is the map's text equivalent, a timeline and the open data
 * links. Everything is driven by GET parameters (lib/reactions/filters.ts), so it works without
 * JavaScript and every view has an address.
 */
export async function TrackerLayout({
  locale,
  tracker,
  filters,
  today,
}: {
  locale: Locale
  tracker: Tracker
  filters: TrackerFilters
  today: string
}) {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  const legend: MapLegendItem[] = stanceValues.map((stance) => ({
    category: stance,
    label: t('stance', { stance }),
    color: stanceColors[stance],
  }))
  const query = filtersToQuery(filters, today)
  const organizationReactions = tracker.reactions.filter((reaction) =>
    reaction.actors.some((actor) => actor.type === 'organization'),
  )

  return (
    <div className="tracker">
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>

      <TrackerHeadline locale={locale} tracker={tracker} filters={filters} today={today} />
      <TrackerFilterForm
        locale={locale}
        filters={filters}
        from={tracker.from}
        to={tracker.to}
        today={today}
      />
      <p className="tracker__changes">
        <a href={localized(locale, paths.reactionChanges)}>{t('changesLink')}</a>
      </p>
      <TrackerSummary locale={locale} tracker={tracker} />
      <TrackerMap locale={locale} states={tracker.states} legend={legend} />
      <TrackerTable locale={locale} rows={tracker.rows} filters={filters} today={today} />
      <TrackerTimeline locale={locale} tracker={tracker} legend={legend} />

      <section aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">{t('organizationsHeading')}</h2>
        {organizationReactions.length === 0 ? (
          <p>{t('noReactions')}</p>
        ) : (
          <ul className="reaction-list">
            {organizationReactions.map((reaction) => (
              <li key={reaction.id}>
                <ReactionItem locale={locale} reaction={reaction} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="download-heading" className="tracker__download">
        <h2 id="download-heading" className="visually-hidden">
          {t('download')}
        </h2>
        <p>
          {t('download')} <a href={`/${locale}${paths.reactionsCsv}${query}`}>CSV</a> ·{' '}
          <a href={`/${locale}${paths.reactionsJson}${query}`}>JSON</a>
        </p>
        <p>{t('dataLicence')}</p>
        <p>
          <a href={localized(locale, paths.data)}>{t('allReleases')}</a>
        </p>
      </section>
    </div>
  )
}

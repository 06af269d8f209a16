import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { defendedView, filtersToQuery, type TrackerFilters } from '@/lib/reactions/filters'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { Tracker } from '@/lib/reactions/tracker'

/** How many States Parties defended the Court in the period, and how many said nothing. */
export async function TrackerHeadline({
  locale,
  tracker,
  filters,
  today,
  tableLink = true,
}: {
  locale: Locale
  tracker: Tracker
  filters: TrackerFilters
  today: string
  /** Whether to link to these States in the table: not where there is no table (the embed). */
  tableLink?: boolean
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  return (
    <section aria-labelledby="headline" className="tracker__headline">
      <p id="headline" className="tracker__figure">
        {t('headline', {
          defended: tracker.defended,
          parties: tracker.parties,
          date: date(tracker.from),
        })}
        {tracker.defendedFromSamples > 0 && (
          <> {t('headlineSamples', { count: tracker.defendedFromSamples })}</>
        )}
      </p>
      {tableLink && tracker.defended > 0 && (
        <p>
          <a
            href={localized(
              locale,
              `${paths.reactions}${filtersToQuery(filters, today, defendedView)}#table-heading`,
            )}
          >
            {t('defendedLink', { count: tracker.defended })}
          </a>
        </p>
      )}
      <p>
        {t('headlineDetail', {
          reacted: tracker.reacted,
          silent: tracker.silent,
          date: date(tracker.to),
        })}
      </p>
      {tracker.hasSample && <p className="notice">{t('sampleNotice')}</p>}
    </section>
  )
}

import { getFormatter, getTranslations } from 'next-intl/server'

import { type Locale, localeInfo } from '@/i18n/locales'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { Tracker } from '@/lib/reactions/tracker'

import { bucketize, chooseUnit } from '@/lib/reactions/timeBuckets'

import { Timeline } from './Timeline'
import type { MapLegendItem } from './WorldMap'

/** The period's reactions by week or month, stacked by stance. */
export async function TrackerTimeline({
  locale,
  tracker,
  legend,
}: {
  locale: Locale
  tracker: Tracker
  legend: MapLegendItem[]
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  const unit = chooseUnit(tracker.from, tracker.to)
  const buckets = bucketize(
    tracker.reactions.map((reaction) => ({ date: reaction.date, category: reaction.stance })),
    unit,
    tracker.from,
    tracker.to,
  ).map((bucket) => ({
    ...bucket,
    label: format.dateTime(
      calendarDay(bucket.start),
      unit === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' },
    ),
  }))
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      <Timeline
        buckets={buckets}
        legend={legend}
        title={t('timelineTitle', { unit })}
        tableLabel={t('timelineTable')}
        summary={t('timelineSummary', {
          count: tracker.reactions.length,
          from: date(tracker.from),
          to: date(tracker.to),
        })}
        dir={localeInfo(locale).dir}
      />
    </section>
  )
}

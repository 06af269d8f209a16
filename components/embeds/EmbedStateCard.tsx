import { getFormatter, getTranslations } from 'next-intl/server'

import { PartyStatus } from '@/components/reactions/PartyStatus'
import type { Locale } from '@/i18n/locales'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { TrackerReaction, TrackerState } from '@/lib/reactions/types'

/** A State in brief: its name, where it stands towards the Statute today, and its latest stance with the source. */
export async function EmbedStateCard({
  locale,
  state,
  latest,
  today,
}: {
  locale: Locale
  state: TrackerState
  latest: TrackerReaction | undefined
  today: string
}) {
  const [t, tState, tReactions, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Embeds' }),
    getTranslations({ locale, namespace: 'StatePage' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  return (
    <article>
      <h1>{state.name}</h1>
      <p>
        <strong>
          <PartyStatus locale={locale} state={state} day={today} />
        </strong>
      </p>
      {latest ? (
        <>
          <p>
            {t('latestStance', { date: date(latest.date) })}{' '}
            <span className={`stance stance--${latest.stance}`}>
              {tReactions('stance', { stance: latest.stance })}
            </span>
            {latest.sample && (
              <>
                {' · '}
                <span className="badge badge--sample">{t('sample')}</span>
              </>
            )}
          </p>
          <p>
            {tReactions('sourceLabel')}{' '}
            <a href={latest.sourceUrl} target="_blank" rel="noopener noreferrer">
              {latest.sourceTitle}
            </a>
            {latest.sourcePublisher ? ` (${latest.sourcePublisher})` : ''}
          </p>
        </>
      ) : (
        <p>{tState('none')}</p>
      )}
    </article>
  )
}

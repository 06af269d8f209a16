import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { calendarDay, type PartyDates, partyStanding } from '@/lib/reactions/partyStatus'

/** Where a State stands towards the Rome Statute on `day`, in words (its page and its embedded card). */
export async function PartyStatus({
  locale,
  state,
  day,
}: {
  locale: Locale
  state: PartyDates
  day: string
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'StatePage' }),
    getFormatter({ locale }),
  ])
  const date = (value: string) => format.dateTime(calendarDay(value), { dateStyle: 'long' })
  const standing = partyStanding(state, day)
  switch (standing.status) {
    case 'withdrew':
      return t('withdrew', { from: date(standing.from), to: date(standing.to) })
    case 'party':
      return t('partySince', { date: date(standing.since) })
    case 'future':
      return t('partyFuture', { date: date(standing.from) })
    case 'none':
      return t('notParty')
  }
}

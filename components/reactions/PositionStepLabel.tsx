import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { PositionStep } from '@/lib/reactions/history'
import { calendarDay } from '@/lib/reactions/partyStatus'

/** A step of a State's position as "Reaffirms support, June 3, 2024", punctuated for the language. */
export async function PositionStepLabel({ locale, step }: { locale: Locale; step: PositionStep }) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  return t.rich('positionStep', {
    stanceLabel: t('stance', { stance: step.stance }),
    date: format.dateTime(calendarDay(step.date), { dateStyle: 'long' }),
    stance: (chunks) => <span className={`stance stance--${step.stance}`}>{chunks}</span>,
    when: (chunks) => <time dateTime={step.date}>{chunks}</time>,
  })
}

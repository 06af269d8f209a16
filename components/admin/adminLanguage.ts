import type { I18nClient } from '@payloadcms/translations'

import { adminLocale } from '@/i18n/label'
import { type Locale, localeInfo } from '@/i18n/locales'

export const languageName = (code: Locale) => localeInfo(code).label

/** Dates as the admin's language writes them. */
export const formatDate = (value: string | Date, i18n: Pick<I18nClient, 'language'>) =>
  new Intl.DateTimeFormat(adminLocale(i18n), { dateStyle: 'medium' }).format(new Date(value))

/** A due date as the admin's language writes it, with the time, in `zone` (the reader's own). */
export const formatDue = (
  value: string | Date,
  i18n: Pick<I18nClient, 'language'>,
  zone: string | null | undefined,
) =>
  new Intl.DateTimeFormat(adminLocale(i18n), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone || 'UTC',
  }).format(new Date(value))

const hourMs = 3_600_000

/** How long ago `since` was, in whole days (hours under a day), as the admin's language says it. */
export function formatLateness(
  since: string,
  i18n: Pick<I18nClient, 'language'>,
  now = Date.now(),
) {
  const hours = Math.max(1, Math.floor((now - new Date(since).getTime()) / hourMs))
  const [amount, unit] = hours < 24 ? [hours, 'hour'] : [Math.floor(hours / 24), 'day']
  return new Intl.NumberFormat(adminLocale(i18n), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(amount)
}

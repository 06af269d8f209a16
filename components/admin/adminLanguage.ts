import type { I18nClient } from '@payloadcms/translations'

import { type AdminText } from '@/i18n/adminText'
import { defaultLocale, type Locale, localeCodes, localeInfo } from '@/i18n/locales'

/** The admin interface language of this person, as one of our locales. */
export function adminLocale(i18n: Pick<I18nClient, 'language'>): Locale {
  return (localeCodes as string[]).includes(i18n.language) ? (i18n.language as Locale) : defaultLocale
}

/** A label in the admin's interface language. */
export const say = (text: AdminText, i18n: Pick<I18nClient, 'language'>) => text[adminLocale(i18n)]

export const languageName = (code: Locale) => localeInfo(code).label

/** Dates as the admin's language writes them. */
export const formatDate = (value: string | Date, i18n: Pick<I18nClient, 'language'>) =>
  new Intl.DateTimeFormat(adminLocale(i18n), { dateStyle: 'medium' }).format(new Date(value))

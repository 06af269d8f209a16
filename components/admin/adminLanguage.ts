import type { I18nClient } from '@payloadcms/translations'

import { type AdminText, adminLocale } from '@/i18n/adminText'
import { type Locale, localeInfo } from '@/i18n/locales'

/** A label in the admin's interface language. */
export const say = (text: AdminText, i18n: Pick<I18nClient, 'language'>) => text[adminLocale(i18n)]

export const languageName = (code: Locale) => localeInfo(code).label

/** Dates as the admin's language writes them. */
export const formatDate = (value: string | Date, i18n: Pick<I18nClient, 'language'>) =>
  new Intl.DateTimeFormat(adminLocale(i18n), { dateStyle: 'medium' }).format(new Date(value))

import type { I18nClient } from '@payloadcms/translations'

import { adminLocale } from '@/i18n/label'
import { type Locale, localeInfo } from '@/i18n/locales'

export const languageName = (code: Locale) => localeInfo(code).label

/** Dates as the admin's language writes them. */
export const formatDate = (value: string | Date, i18n: Pick<I18nClient, 'language'>) =>
  new Intl.DateTimeFormat(adminLocale(i18n), { dateStyle: 'medium' }).format(new Date(value))

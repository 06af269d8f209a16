import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'

import { translationStatusText } from '@/i18n/adminText'

/**
 * The admin's words that a person reads or clicks on, in the interface language under test, from
 * the same sources the admin shows them from: Payload's translations and our own labels.
 */
export type AdminLanguage = 'en' | 'ar'

const payloadWords = { en: en.translations, ar: ar.translations }

export function adminWords(language: AdminLanguage) {
  const payload = payloadWords[language]
  return {
    save: payload.general.save,
    scheduledSuccessfully: payload.version.scheduledSuccessfully,
    submitted: translationStatusText.submitted[language],
    accepted: translationStatusText.accepted[language],
  }
}

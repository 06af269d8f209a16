import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

const messages = { en, fr, es, ar } satisfies Record<Locale, typeof en>

/**
 * The open data's words in `locale`, outside a page's request context: the data releases are made
 * by the job runner's round and by an editor's request to the API, neither of them a page.
 */
export function openDataTexts(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale] })
  return {
    reactionsLicence: t('Reactions.dataLicence'),
    signatoriesLicence: t('Signatories.dataLicence'),
    packageTitle: t('OpenData.packageTitle'),
    packageDescription: t('OpenData.packageDescription'),
    reactionsTitle: t('OpenData.reactionsTitle'),
    signatoriesTitle: t('OpenData.signatoriesTitle'),
  }
}

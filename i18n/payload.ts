import type { Language } from '@payloadcms/translations'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Config } from 'payload'

import { sourceLocale, type Locale, locales } from './locales'

/** Content locales for Payload, with English standing in where a translation is missing. */
export const payloadLocalization: NonNullable<Config['localization']> = {
  locales: locales.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl' })),
  defaultLocale: sourceLocale,
  fallback: true,
}

// Typed by Locale so that adding a language without its admin translation fails to compile.
const adminTranslations: Record<Locale, Language> = { en, fr, es, ar }

/** The admin panel speaks every content language; each user picks theirs. */
export const adminLanguages: NonNullable<Config['i18n']> = {
  supportedLanguages: adminTranslations,
  fallbackLanguage: sourceLocale,
}

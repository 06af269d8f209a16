import { describe, expect, it } from 'vitest'

import { adminLanguages, payloadLocalization } from '@/i18n/payload'
import { sourceLocale, languageNameIn, localeCodes, localeInfo, locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

describe('locales', () => {
  it('publishes in English, French, Spanish and Arabic, each named in its own language', () => {
    expect(locales.map(({ code, label }) => [code, label])).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
      ['es', 'Español'],
      ['ar', 'العربية'],
    ])
  })

  it('names a language in the reader’s language', () => {
    expect(localeCodes.map((reader) => languageNameIn('en', reader))).toEqual([
      'English',
      'anglais',
      'inglés',
      'الإنجليزية',
    ])
    expect(languageNameIn('ar', 'fr')).toBe('arabe')
  })

  it('writes Arabic right to left and the others left to right', () => {
    expect(localeInfo('ar').dir).toBe('rtl')
    expect(localeCodes.filter((code) => localeInfo(code).dir === 'ltr')).toEqual(['en', 'fr', 'es'])
  })

  it('feeds next-intl routing with every locale and English as the default', () => {
    expect(routing.locales).toEqual(localeCodes)
    expect(routing.defaultLocale).toBe(sourceLocale)
    expect(sourceLocale).toBe('en')
  })

  it('feeds Payload content localization, with fallback to English and Arabic marked rtl', () => {
    expect(payloadLocalization).toMatchObject({ defaultLocale: 'en', fallback: true })
    const payloadLocales =
      payloadLocalization && 'locales' in payloadLocalization ? payloadLocalization.locales : []
    expect(payloadLocales).toEqual([
      { code: 'en', label: 'English', rtl: false },
      { code: 'fr', label: 'Français', rtl: false },
      { code: 'es', label: 'Español', rtl: false },
      { code: 'ar', label: 'العربية', rtl: true },
    ])
  })

  it('offers the admin interface in every content language', () => {
    expect(Object.keys(adminLanguages.supportedLanguages ?? {})).toEqual(localeCodes)
    expect(adminLanguages.fallbackLanguage).toBe('en')
  })
})

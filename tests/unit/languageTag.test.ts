import { describe, expect, it } from 'vitest'

import { languageName, textLanguage } from '@/lib/text/languageTag'

describe('language tags of text', () => {
  it('gives lang, direction and bare language for a tag editors typed', () => {
    expect(textLanguage('de')).toEqual({ lang: 'de', dir: 'ltr', language: 'de' })
    expect(textLanguage('pt-br')).toEqual({ lang: 'pt-BR', dir: 'ltr', language: 'pt' })
    expect(textLanguage('fa')).toEqual({ lang: 'fa', dir: 'rtl', language: 'fa' })
    expect(textLanguage('ar')).toMatchObject({ dir: 'rtl' })
    expect(textLanguage('he')).toMatchObject({ dir: 'rtl' })
  })

  it('refuses what is not a tag', () => {
    for (const tag of ['de_', '12', 'en gb', '']) expect(textLanguage(tag)).toBeNull()
  })

  it('names a language in the reader’s', () => {
    expect(languageName('en', 'fr')).toBe('anglais')
    expect(languageName('de', 'es')).toBe('alemán')
    expect(languageName('en', 'ar')).toBe('الإنجليزية')
  })
})

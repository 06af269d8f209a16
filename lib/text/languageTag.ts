import type { Direction, Locale } from '@/i18n/locales'

// Scripts written right to left (ISO 15924), for quotes in languages we do not publish in.
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
])

export type TextLanguage = { lang: string; dir: Direction; language: string }

/**
 * `lang` and `dir` for text in the language of a tag as editors type it (`de`, `fa`, `pt-BR`), and
 * its bare language for comparisons; null when the tag is not one (the field is free text).
 */
export function textLanguage(tag: string): TextLanguage | null {
  let parsed: Intl.Locale
  try {
    parsed = new Intl.Locale(tag)
  } catch (error) {
    if (error instanceof RangeError) return null
    throw error
  }
  const { script } = parsed.maximize()
  return {
    lang: parsed.toString(),
    dir: script && rightToLeftScripts.has(script) ? 'rtl' : 'ltr',
    language: parsed.language,
  }
}

/** The name of a language in the reader's: `allemand` for `de` on a French page. */
export function languageName(tag: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag
}

/**
 * The one list of languages Amicus publishes in. Payload's localization, the admin's
 * interface languages, next-intl's routing and the message tests all derive from it:
 * adding a language is one entry here plus its `messages/<code>.json`.
 */
export const locales = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'es', label: 'Español', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const

export type Locale = (typeof locales)[number]['code']
export type Direction = (typeof locales)[number]['dir']

/**
 * The language statements are written in: every other language is a translation of it (a
 * target), and a reader is shown it where their language has no version. Routing, Payload and the
 * admin fall back to it too.
 */
export const sourceLocale = 'en' satisfies Locale
export type TargetLocale = Exclude<Locale, typeof sourceLocale>

export const localeCodes = locales.map((locale) => locale.code) as [Locale, ...Locale[]]

export const targetLocales = localeCodes.filter(
  (code): code is TargetLocale => code !== sourceLocale,
)

export function isTargetLocale(value: unknown): value is TargetLocale {
  return typeof value === 'string' && (targetLocales as string[]).includes(value)
}

export function localeInfo(code: Locale) {
  const info = locales.find((locale) => locale.code === code)
  if (!info) throw new Error(`Unknown locale "${code}"`)
  return info
}

/** `lang` and `dir` for an element whose text is in `code`. */
export function langAttributes(code: Locale): { lang: Locale; dir: Direction } {
  return { lang: code, dir: localeInfo(code).dir }
}

/** The name of language `code` in language `reader` ("anglais" for a French reader of English). */
export function languageNameIn(code: Locale, reader: Locale): string {
  return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? localeInfo(code).label
}

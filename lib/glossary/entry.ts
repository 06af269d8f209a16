import { targetLocales, type TargetLocale } from '@/i18n/locales'

import type { GlossaryEntry } from './match'
import { normalizeForGlossary } from './normalize'

/** A glossary term as stored: the English term, one approved translation per target language. */
export type GlossaryFields = {
  term: string
  doNotTranslate?: boolean | null
  note?: string | null
} & Partial<Record<TargetLocale, string | null>>

/** Two terms that differ only in case, spacing or the kind of apostrophe are the same term. */
export const termKeyOf = (term: string) => normalizeForGlossary(term)

/**
 * What saving a term implies, for every way one is written (the admin, the API, the CSV import,
 * the seed): the key that keeps terms unique, and no translations for a term that is not
 * translated (the term itself is what translations must contain).
 */
export function preparedTerm<Data extends Partial<GlossaryFields>>(
  data: Data,
): Data & { termKey?: string } {
  const term = data.term?.trim()
  if (term === undefined) return data
  const cleared = data.doNotTranslate
    ? Object.fromEntries(targetLocales.map((locale) => [locale, null]))
    : {}
  return { ...data, term, ...cleared, termKey: termKeyOf(term) }
}

/** A stored term as matching reads it. */
export function entryOf(doc: GlossaryFields): GlossaryEntry {
  return {
    term: doc.term,
    doNotTranslate: Boolean(doc.doNotTranslate),
    translations: Object.fromEntries(targetLocales.map((locale) => [locale, doc[locale] ?? null])),
    note: doc.note ?? null,
  }
}

import type { TargetLocale } from '@/i18n/locales'
import { type SegmentedText, segmentWords } from '@/lib/translations/segments'

import { normalizeForGlossary } from './normalize'

/**
 * Finding glossary terms in a source segment and their approved translations in its translation.
 *
 * A term is found as written, in any case, as whole words: the characters either side are not
 * letters, marks or digits in any script (JavaScript's `\b` knows only ASCII letters, so it would
 * cut « États » after the É). No inflection is guessed: "States Parties" does not find "State
 * Party", and « États parties » is not accepted for « État partie »; a form that matters gets its
 * own entry. Where one term lies inside a longer one found at the same place ("International
 * Criminal Court" inside "Coalition for the International Criminal Court"), only the longer counts.
 */

/** A glossary entry as matching needs it. */
export type GlossaryEntry = {
  term: string
  doNotTranslate: boolean
  translations: Partial<Record<TargetLocale, string | null>>
  note?: string | null
}

/** A term found in a source segment, with its approved translation into the language at hand. */
export type FoundTerm = { entry: GlossaryEntry; approved: string | null }

export type SegmentTerms = { segment: string; terms: FoundTerm[] }

/** A segment whose source has `term` and whose translation lacks `approved`. */
export type GlossaryDeviation = { segment: string; term: string; approved: string }

/**
 * Arabic writes prepositions, the conjunction and the article onto the word (و، ب، ل، ال): a
 * term is found inside a longer word there. Elsewhere, whole words only. Typed by language, so a
 * new one must say which (and Arabic's one spelling rule below is written for Arabic alone).
 */
const foundInsideWords: Record<TargetLocale, boolean> = { fr: false, es: false, ar: true }

const wordCharacter = String.raw`[\p{L}\p{M}\p{N}]`
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where `phrase` (normalized) stands as whole words in `text` (normalized). */
function wholeWordSpans(text: string, phrase: string): [number, number][] {
  if (!phrase) return []
  const pattern = new RegExp(
    `(?<!${wordCharacter})${escapeRegExp(phrase)}(?!${wordCharacter})`,
    'gu',
  )
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + phrase.length])
}

/** What a translation into `locale` must contain where the source has this term. */
export function approvedTranslation(entry: GlossaryEntry, locale: TargetLocale): string | null {
  if (entry.doNotTranslate) return entry.term
  return entry.translations[locale]?.trim() || null
}

/** The entries whose term is in `text`, in the glossary's order; terms inside longer ones left out. */
export function termsIn(entries: GlossaryEntry[], text: string): GlossaryEntry[] {
  const normalized = normalizeForGlossary(text)
  const found = entries.map((entry) => ({
    entry,
    spans: wholeWordSpans(normalized, normalizeForGlossary(entry.term)),
  }))
  const inLonger = (entry: GlossaryEntry, [start, end]: [number, number]) =>
    found.some(
      (other) =>
        other.entry !== entry &&
        other.spans.some(([s, e]) => s <= start && e >= end && e - s > end - start),
    )
  return found
    .filter(({ entry, spans }) => spans.some((span) => !inLonger(entry, span)))
    .map(({ entry }) => entry)
}

/** After the preposition ل the article ال loses its alef: ل + المحكمة is written للمحكمة. */
const arabicForms = (wanted: string) =>
  wanted.startsWith('ال') ? [wanted, `ل${wanted.slice(1)}`] : [wanted]

/** Whether a translation into `locale` contains `approved`, as that language's rule reads it. */
export function containsTranslation(text: string, approved: string, locale: TargetLocale): boolean {
  const normalized = normalizeForGlossary(text)
  const wanted = normalizeForGlossary(approved)
  if (!foundInsideWords[locale]) return wholeWordSpans(normalized, wanted).length > 0
  return arabicForms(wanted).some((form) => normalized.includes(form))
}

/** Per segment of the original (the segments of lib/translations/segments.ts), the terms in it. */
export function glossaryBySegment(
  entries: GlossaryEntry[],
  source: SegmentedText,
  locale: TargetLocale,
): SegmentTerms[] {
  return [...segmentWords(source)]
    .map(([segment, words]) => ({
      segment,
      terms: termsIn(entries, words).map((entry) => ({
        entry,
        approved: approvedTranslation(entry, locale),
      })),
    }))
    .filter(({ terms }) => terms.length > 0)
}

/**
 * The segments where the original has a term and the translation does not have its approved
 * translation. Segments left empty are not checked: they are reported as untranslated.
 */
export function glossaryDeviations(
  entries: GlossaryEntry[],
  source: SegmentedText,
  translation: SegmentedText,
  locale: TargetLocale,
): GlossaryDeviation[] {
  const translated = segmentWords(translation)
  return glossaryBySegment(entries, source, locale).flatMap(({ segment, terms }) => {
    const text = translated.get(segment)
    if (!text) return []
    return terms
      .filter(({ approved }) => approved && !containsTranslation(text, approved, locale))
      .map(({ entry, approved }) => ({ segment, term: entry.term, approved: approved ?? '' }))
  })
}

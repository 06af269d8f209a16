import type { Locale } from '@/i18n/locales'
import {
  sameAsOriginal,
  type SegmentedText,
  untranslatedSegments,
} from '@/lib/translations/segments'
import type { SourceText } from '@/lib/translations/source'
import { segmentsOf } from '@/lib/translations/xliff/export'

import { segmentText } from './segmentKey'

/** A segment of the original still to translate, by its id (`title`, `body.3`) and its words. */
export type OpenSegment = { id: string; text: string }

/**
 * The segments of the original that the translation leaves empty or word for word as the
 * original, in reading order: the ones a suggestion can help with.
 */
export function segmentsToTranslate(
  original: SourceText,
  translation: SegmentedText,
): OpenSegment[] {
  const open = new Set([
    ...untranslatedSegments(original, translation).map((problem) => problem.segment),
    ...sameAsOriginal(original, translation),
  ])
  return segmentsOf({ ...original, slug: null })
    .filter((segment) => open.has(segment.id))
    .map((segment) => ({ id: segment.id, text: segmentText(segment.value) }))
}

/**
 * A similarity as a whole percentage in the reader's language, rounded down: a near match is
 * never shown as 100%, which is kept for texts with the same trigrams.
 */
export function similarityPercent(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    // The epsilon undoes binary fractions: 0.29 * 100 is 28.999…
    Math.floor(score * 100 + 1e-9) / 100,
  )
}

import type { PayloadRequest } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import type { SourceText } from '@/lib/translations/source'
import { targetInSourceIds } from '@/lib/translations/xliff/export'
import type { Segment, TargetState } from '@/lib/translations/xliff/model'

import { sameSegment, segmentText, tagMeanings } from './segmentKey'
import {
  memoryMatches,
  rememberedTarget,
  sourceSegments,
  translationSegments,
  type TranslationText,
} from './segments'
import type { MemoryEntry } from './store'

/**
 * Which segments of a translation came from the memory, which are still to translate, and which
 * the translator wrote: worked out from the source as it is now, the translation's text as it is
 * now and the memory, so it stays true while the translator works.
 */

export type SegmentOrigin = 'memory' | 'toTranslate' | 'translated'
export type SegmentProgress = { id: string; origin: SegmentOrigin; entry: MemoryEntry | null }

/** One segment's origin, given the translation's segment and the memory's match. */
export function originOf(
  segment: Segment,
  own: Segment | undefined,
  entry: MemoryEntry | undefined,
): SegmentOrigin {
  const target = own && targetInSourceIds(segment, own)
  const meanings = tagMeanings(segment.tags)
  if (entry && target && sameSegment(target, rememberedTarget(segment, entry), meanings))
    return 'memory'
  const text = own ? segmentText(own.value) : ''
  return !text || text === segmentText(segment.value) ? 'toTranslate' : 'translated'
}

/** Each segment of the source, in reading order, with where its translation stands. */
export async function translationProgress(
  req: PayloadRequest,
  source: SourceText,
  locale: TargetLocale,
  translation: TranslationText,
): Promise<SegmentProgress[]> {
  const segments = sourceSegments(source)
  const matches = await memoryMatches(req, locale, segments)
  const own = translationSegments(source, translation)
  return segments.map((segment) => {
    const entry = matches.get(segment.id)
    return {
      id: segment.id,
      origin: originOf(segment, own.get(segment.id), entry),
      entry: entry ?? null,
    }
  })
}

export type ProgressCounts = Record<SegmentOrigin, number> & { segments: number }

export function progressCounts(progress: SegmentProgress[]): ProgressCounts {
  const count = (origin: SegmentOrigin) => progress.filter((item) => item.origin === origin).length
  return {
    segments: progress.length,
    memory: count('memory'),
    toTranslate: count('toTranslate'),
    translated: count('translated'),
  }
}

/** Where a remembered segment comes from, for a CAT tool's translator (a note in XLIFF). */
function originNote(entry: MemoryEntry, locale: TargetLocale): string {
  const date = entry.storedAt.slice(0, 10)
  if (entry.origin === 'tmx')
    return `From the translation memory: a segment imported from a TMX file on ${date}.`
  const of = entry.statement ? ` of statement ${entry.statement}` : ''
  const number = entry.translation ? ` (translation ${entry.translation})` : ''
  // In English, as the file's other notes: the language named in English too.
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale)
  return `From the translation memory: the ${language} translation${of}${number}, accepted on ${date}.`
}

/**
 * The XLIFF state of each segment's target: exact memory matches are final (CAT tools lock or
 * skip them), with their origin; the original standing in for a translation needs one.
 */
export function xliffStates(
  progress: SegmentProgress[],
  locale: TargetLocale,
): Record<string, TargetState> {
  return Object.fromEntries(
    progress.map(({ id, origin, entry }): [string, TargetState] => {
      if (origin === 'memory' && entry)
        return [id, { state: 'final', qualifier: 'exact-match', note: originNote(entry, locale) }]
      return [id, { state: origin === 'translated' ? 'translated' : 'needs-translation' }]
    }),
  )
}

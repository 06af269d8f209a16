import type { PayloadRequest } from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import type { SourceText } from '@/lib/translations/source'
import { targetInSourceIds } from '@/lib/translations/xliff/export'

import { segmentText, tagMeanings } from './segmentKey'
import { sourceSegments, translationSegments, type TranslationText } from './segments'
import { type MemorySegment, rememberSegments } from './store'

/** An accepted translation, as the collection and the backfill migration read it. */
export type AcceptedTranslation = TranslationText & {
  id: number
  statement: number
  locale: TargetLocale
  /** The source the translation answered to (`sourceSnapshot`). */
  sourceSnapshot?: unknown
  reviewedAt?: string | null
}

function isSourceText(value: unknown): value is SourceText {
  return typeof value === 'object' && value !== null && 'title' in value
}

/**
 * The segment pairs of an accepted translation: each segment of the source it answered to, with
 * its translation, tag ids renumbered to the source's as the XLIFF export does. A translation
 * segment with a tag its source lacks (emphasis the translator added) is left out: the memory's
 * target must be written in its source's tags, and a pre-fill or an XLIFF file rebuilt from the
 * source would lose that tag or be refused. Fewer tags (emphasis dropped) are kept: that is what
 * the reviewer accepted. A segment left word for word as the original is no translation to offer
 * (a reviewer may accept one, see needsConfirmation): a new translation gets the original there
 * anyway, and it stays marked as still to translate.
 */
export function memorySegmentsOf(translation: AcceptedTranslation): MemorySegment[] {
  const source = translation.sourceSnapshot
  if (!isSourceText(source)) return []
  const translated = translationSegments(source, translation)
  return sourceSegments(source).flatMap((segment) => {
    const own = translated.get(segment.id)
    const target = own && targetInSourceIds(segment, own)
    if (!target || segmentText(target) === segmentText(segment.value)) return []
    return [
      {
        sourceLocale,
        targetLocale: translation.locale,
        source: segment.value,
        target,
        tags: tagMeanings(segment.tags),
        origin: 'accepted' as const,
        statement: translation.statement,
        translation: translation.id,
        segment: segment.id,
        ...(translation.reviewedAt ? { storedAt: translation.reviewedAt } : {}),
      },
    ]
  })
}

/** Stores an accepted translation's segments in the memory, in the request's transaction. */
export async function rememberTranslation(
  req: PayloadRequest,
  translation: AcceptedTranslation,
): Promise<number> {
  return rememberSegments(req.payload, memorySegmentsOf(translation), req)
}

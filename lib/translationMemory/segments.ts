import type { PayloadRequest } from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import type { SourceText } from '@/lib/translations/source'
import { textBlocks } from '@/lib/translations/segments'
import { renumberTags, segmentsOf } from '@/lib/translations/xliff/export'
import {
  elementOf,
  partsOf,
  type Segment,
  type TranslatableFields,
  type XliffValue,
} from '@/lib/translations/xliff/model'

import { sourceKeyOf, tagMeanings } from './segmentKey'
import { exactMatches, type MemoryEntry } from './store'

/**
 * The memory's segments: those of the XLIFF export, the slug aside (an address made from the
 * title, not prose), each with its id in the statement (`title`, `body.3`).
 */

/** The translated text of a translation, as its collection holds it. */
export type TranslationText = {
  title: string
  standfirst?: string | null
  seoTitle?: string | null
  description?: string | null
  body?: TranslatableFields['body'] | undefined
}

/** The segments of a source text that the memory keeps and offers. */
export function sourceSegments(source: SourceText): Segment[] {
  return segmentsOf({ ...source, slug: null })
}

/** A block's place and kind, to tell whether two bodies are built alike. */
const blockShape = (body: TranslatableFields['body']) =>
  body ? textBlocks(body).map(({ id, node }) => `${id}:${node.type}`) : []

/**
 * The translation's segments by id, in its own tag ids. Body blocks pair with the source's by
 * place, so a body built otherwise than the source (a paragraph added or split) pairs none of
 * its blocks rather than pairing them wrongly.
 */
export function translationSegments(
  source: SourceText,
  translation: TranslationText,
): Map<string, Segment> {
  const alike =
    JSON.stringify(blockShape(source.body)) === JSON.stringify(blockShape(translation.body ?? null))
  const segments = segmentsOf({
    title: translation.title,
    slug: null,
    standfirst: translation.standfirst ?? null,
    seoTitle: translation.seoTitle ?? null,
    description: translation.description ?? null,
    body: translation.body ?? null,
  })
  return new Map(
    segments
      .filter((segment) => alike || !segment.id.startsWith('body.'))
      .map((segment) => [segment.id, segment]),
  )
}

/** The newest exact match of each segment (by segment id), in the language pair en → `locale`. */
export async function memoryMatches(
  req: PayloadRequest,
  locale: TargetLocale,
  segments: Segment[],
): Promise<Map<string, MemoryEntry>> {
  const keys = segments.map(
    (segment) =>
      [segment, sourceKeyOf(sourceLocale, segment.value, tagMeanings(segment.tags))] as const,
  )
  const found = await exactMatches(
    req.payload,
    { sourceLocale, targetLocale: locale },
    [...new Set(keys.map(([, key]) => key))],
    req,
  )
  return new Map(
    keys.flatMap(([segment, key]) => {
      const entry = found.get(key)
      return entry ? [[segment.id, entry] as const] : []
    }),
  )
}

/** Tag ids in reading order (each tag before what it contains), as the export numbers them. */
function tagIds(value: XliffValue): string[] {
  return partsOf(value).flatMap((part) => {
    if (typeof part === 'string') return []
    const { attributes } = elementOf(part)
    return [attributes.id ?? '', ...tagIds(attributes.contents ?? '')]
  })
}

/**
 * A remembered translation in the ids of `segment`. An exact match has the same tags in the same
 * order as the segment (that is what its key says), so the n-th tag of the remembered source is
 * the n-th of the segment, whatever ids the memory's source gave them (a TMX file's, say).
 */
export function rememberedTarget(segment: Segment, entry: MemoryEntry): XliffValue {
  const segmentIds = tagIds(segment.value)
  const ids = new Map(tagIds(entry.source).map((id, index) => [id, segmentIds[index] ?? id]))
  return renumberTags(entry.target, ids)
}

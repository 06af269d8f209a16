import { createHash } from 'node:crypto'

import {
  elementOf,
  type InlineTag,
  partsOf,
  plainText,
  tagMeaning,
  type XliffPart,
  type XliffValue,
} from '@/lib/translations/xliff/model'

/**
 * How the memory recognises a source segment it has seen: by its words, spacing evened out, and
 * by what its inline tags stand for (a bold, a link and where it points), not by their ids. Two
 * segments with the same key can take the same translation, tags and all.
 */

/** A segment's tags by id, as the memory stores them (`tags`). */
export function tagMeanings(tags: Map<string, InlineTag>): Record<string, string> {
  return Object.fromEntries([...tags].map(([id, tag]) => [id, tagMeaning(tag)]))
}

/** Text as the memory compares it: Unicode NFC, runs of white space as one space, trimmed. */
export function evenText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** A segment's words without its tags, as shown to people and matched by trigrams. */
export function segmentText(value: XliffValue): string {
  return evenText(plainText(value))
}

/**
 * The segment as a list of parts, neighbouring texts joined and empty ones dropped, at every
 * level: a title is stored as a lone text and a paragraph as a list, and an XML file (TMX)
 * reads two neighbouring texts as one, yet they are the same segment.
 */
export function evenParts(value: XliffValue): XliffPart[] {
  const parts: XliffPart[] = []
  for (const part of partsOf(value)) {
    const previous = parts.at(-1)
    if (typeof part !== 'string') {
      const { type, attributes } = elementOf(part)
      const contents =
        attributes.contents === undefined ? {} : { contents: evenParts(attributes.contents) }
      parts.push({ [type]: { ...attributes, ...contents } })
    } else if (typeof previous === 'string') parts[parts.length - 1] = previous + part
    else if (part !== '') parts.push(part)
  }
  return parts
}

/** The segment with each tag replaced by its meaning, white space evened out. */
function canonical(value: XliffValue, meanings: Record<string, string>): unknown[] {
  return evenParts(value).map((part) => {
    if (typeof part === 'string') return part.normalize('NFC').replace(/\s+/g, ' ')
    const { type, attributes } = elementOf(part)
    return [
      type,
      meanings[attributes.id ?? ''] ?? attributes.ctype ?? '',
      canonical(attributes.contents ?? '', meanings),
    ]
  })
}

/** The segment as compared: canonical, its ends evened out and empty text left out. */
function comparable(value: XliffValue, meanings: Record<string, string>): unknown[] {
  const parts = canonical(value, meanings)
  // Evening out the ends: a segment that only gained a leading or trailing space is the same.
  if (typeof parts[0] === 'string') parts[0] = parts[0].trimStart()
  const last = parts.length - 1
  if (typeof parts[last] === 'string') parts[last] = (parts[last] as string).trimEnd()
  return parts.filter((part) => part !== '')
}

/** The exact-match key of a source segment in `sourceLocale`. */
export function sourceKeyOf(
  sourceLocale: string,
  value: XliffValue,
  meanings: Record<string, string>,
): string {
  return createHash('sha256')
    .update(JSON.stringify([sourceLocale, comparable(value, meanings)]))
    .digest('hex')
}

/** Whether two segments with the tags `meanings` read the same, as the memory compares them. */
export function sameSegment(
  a: XliffValue,
  b: XliffValue,
  meanings: Record<string, string>,
): boolean {
  return JSON.stringify(comparable(a, meanings)) === JSON.stringify(comparable(b, meanings))
}

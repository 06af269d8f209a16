import { jsToXliff12, xliff12ToJs } from 'xliff'

import type { Locale } from '@/i18n/locales'
import type { LexicalNode, RichTextDocument } from '@/lib/text/lexical'
import type { SegmentError } from '@/lib/translations/segments'

export type TranslatableFields = {
  title: string
  /**
   * The address. The source's is in the file for reference; a translator may propose one for the
   * target language, or leave it to be made from the translated title (null).
   */
  slug?: string | null
  standfirst: string | null
  /** The SEO title, where the statement has one of its own. */
  seoTitle?: string | null
  /** The SEO description. */
  description: string | null
  /** Lexical JSON. */
  body: RichTextDocument | null
}

export type XliffFile = {
  statementId: number
  sourceLocale: Locale
  targetLocale: Locale
  sourceRevision: string
  source: TranslatableFields
  /** An existing draft translation, offered to the translator as the segments' targets. */
  target?: Partial<TranslatableFields> | null
  /** How far each target (by segment id) is translated, for CAT tools to lock or skip. */
  states?: Record<string, TargetState>
}

/**
 * A target's XLIFF 1.2 `state` and `state-qualifier`, with a note on where it came from. The
 * import does not read them: a target is taken for what it says.
 */
export type TargetState = {
  state: 'final' | 'translated' | 'needs-translation'
  qualifier?: 'exact-match'
  note?: string
}

/** What an uploaded file is checked against: the statement as it is now. */
export type ExpectedFile = Omit<XliffFile, 'target' | 'states'>

export type XliffImportResult =
  { ok: true; fields: TranslatableFields } | { ok: false; errors: SegmentError[] }

// The xliff library's model of a document.

/** `{ GenericSpan: {...} }` is a `<g>`, `{ Standalone: {...} }` an `<x/>`; other keys are XLIFF's other inline elements. */
export type InlineElement = Record<string, InlineAttributes>
type InlineAttributes = { id?: string; ctype?: string; contents?: XliffValue }
export type XliffPart = string | InlineElement
/** The library reads a lone text or element unwrapped, and several as an array. */
export type XliffValue = XliffPart | XliffPart[]
export type XliffUnit = { source?: XliffValue; target?: XliffValue; note?: string }
export type XliffDocument = {
  sourceLanguage?: string
  targetLanguage?: string
  /** Set when the file declares a version other than 1.2. */
  xliffVersion?: string
  /** Per `<file>`, keyed by its `original`: the trans-units by id. */
  resources: Record<string, Record<string, XliffUnit>>
}

// Given a callback, both functions work synchronously (without one they return promises),
// which keeps export and import plain synchronous functions.
export const writeXliff12 = jsToXliff12 as (
  document: XliffDocument,
  options: { indent: string },
  callback: () => void,
) => string
export const readXliff12 = xliff12ToJs as (
  xml: string,
  options: { captureSpacesBetweenElements: boolean },
  callback: (error: Error | null, document: XliffDocument) => void,
) => void

export function partsOf(value: XliffValue): XliffPart[] {
  return Array.isArray(value) ? value : [value]
}

export function elementOf(part: InlineElement): { type: string; attributes: InlineAttributes } {
  const [type, attributes] = Object.entries(part)[0]
  return { type, attributes }
}

export function plainText(value: XliffValue): string {
  return partsOf(value)
    .map((part) =>
      typeof part === 'string' ? part : plainText(elementOf(part).attributes.contents ?? ''),
    )
    .join('')
}

// Segments: the trans-units of a statement.

export const linkCtype = 'x-link'
export const lineBreakCtype = 'lb'

/** What an inline id of a segment stands for in the source: the import rebuilds Lexical nodes from it. */
export type InlineTag =
  | { kind: 'format'; ctype: string; bit: number; contents: XliffPart[] }
  | { kind: 'link'; ctype: string; node: LexicalNode; contents: XliffPart[] }
  | { kind: 'placeholder'; ctype: string; node: LexicalNode }

/** What a tag stands for, equal for interchangeable tags (the same format, the same link target, the same inline node). */
export function tagMeaning(tag: InlineTag): string {
  if (tag.kind === 'format') return tag.ctype
  if (tag.kind === 'link') return `${tag.ctype} ${JSON.stringify(tag.node.fields)}`
  return JSON.stringify(tag.node)
}

/** One trans-unit: its source text with inline tags, and what each tag id stands for. */
export type Segment = { id: string; value: XliffValue; tags: Map<string, InlineTag> }

/** The fields that are a segment each, as plain text, in the file's order. */
export const fieldSegments = ['title', 'slug', 'standfirst', 'seoTitle', 'description'] as const

// The file envelope.

/**
 * The file's `original` names the statement and the source revision the file was made from.
 * CAT tools keep `original` as it is, since it identifies the file they write back, and it is
 * the one file-level attribute besides the languages that the xliff library reads and writes
 * (it cannot write a <header> or a file-level <note>; a trans-unit's <note> could be edited
 * or dropped along with its unit).
 */
export function originalOf(statementId: number, revision: string): string {
  return `statements/${statementId}?revision=${encodeURIComponent(revision)}`
}

export const originalPattern = /^statements\/(\d+)\?revision=(.*)$/

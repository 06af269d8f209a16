import { jsToXliff12, xliff12ToJs } from 'xliff'

import { type Locale, localeInfo } from '@/i18n/locales'
import { type LimitedField, lengthLimits, lengthProblem } from '@/lib/text/lengthLimits'
import {
  childrenOf,
  formatOf,
  inlineOf,
  isList,
  type LexicalNode,
  type RichTextDocument,
  textNode,
  textOf,
} from '@/lib/text/lexical'
import { slugify } from '@/lib/text/slugify'

import { linkProblems, linkTargetOf } from './links'
import {
  type SegmentError,
  segmentName,
  textBlocks,
  type TextBlock,
  untranslatedSegments,
} from './segments'

/**
 * Exchanges a statement's translatable fields with CAT tools as XLIFF 1.2: one trans-unit per
 * field and per block of the body, with links, emphasis and line breaks as inline tags, so
 * translators can move them but not lose them, and cannot change where a link points.
 */

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
}

export type XliffImportResult =
  { ok: true; fields: TranslatableFields } | { ok: false; errors: SegmentError[] }

// The xliff library's model of a document.

/** `{ GenericSpan: {...} }` is a `<g>`, `{ Standalone: {...} }` an `<x/>`; other keys are XLIFF's other inline elements. */
type InlineElement = Record<string, InlineAttributes>
type InlineAttributes = { id?: string; ctype?: string; contents?: XliffValue }
type XliffPart = string | InlineElement
/** The library reads a lone text or element unwrapped, and several as an array. */
type XliffValue = XliffPart | XliffPart[]
type XliffUnit = { source?: XliffValue; target?: XliffValue; note?: string }
type XliffDocument = {
  sourceLanguage?: string
  targetLanguage?: string
  /** Set when the file declares a version other than 1.2. */
  xliffVersion?: string
  /** Per `<file>`, keyed by its `original`: the trans-units by id. */
  resources: Record<string, Record<string, XliffUnit>>
}

// Given a callback, both functions work synchronously (without one they return promises),
// which keeps export and import plain synchronous functions.
const writeXliff12 = jsToXliff12 as (
  document: XliffDocument,
  options: { indent: string },
  callback: () => void,
) => string
const readXliff12 = xliff12ToJs as (
  xml: string,
  options: { captureSpacesBetweenElements: boolean },
  callback: (error: Error | null, document: XliffDocument) => void,
) => void

type Direction = 'ltr' | 'rtl'

/**
 * ctype per Lexical format bit. XLIFF 1.2 predefines bold, italic and underlined; the others
 * take its `x-` form for user-defined values.
 */
const formatCtypes: Record<number, string> = {
  1: 'bold',
  2: 'italic',
  4: 'x-strikethrough',
  8: 'underlined',
  16: 'x-code',
  32: 'x-subscript',
  64: 'x-superscript',
  128: 'x-highlight',
  256: 'x-lowercase',
  512: 'x-uppercase',
  1024: 'x-capitalize',
}
const linkCtype = 'x-link'
const lineBreakCtype = 'lb'

/** What an inline id of a segment stands for in the source: the import rebuilds Lexical nodes from it. */
type InlineTag =
  | { kind: 'format'; ctype: string; bit: number; contents: XliffPart[] }
  | { kind: 'link'; ctype: string; node: LexicalNode; contents: XliffPart[] }
  | { kind: 'placeholder'; ctype: string; node: LexicalNode }

/** One trans-unit: its source text with inline tags, and what each tag id stands for. */
type Segment = { id: string; value: XliffValue; tags: Map<string, InlineTag> }

/** The fields that are a segment each, as plain text, in the file's order. */
const fieldSegments = ['title', 'slug', 'standfirst', 'seoTitle', 'description'] as const

/** The slug's target is optional, so translators are told what it does. */
const slugNote =
  'The address of the page in this language. Leave the target empty, or as the source, to have it made from the translated title.'

const staleRevision = 'The source text changed since this file was exported; download a new file.'

export function exportXliff(file: XliffFile): string {
  const drafts = file.target ? segmentsOf(draftFields(file.target)) : []
  const units = Object.fromEntries(
    segmentsOf(file.source).map((segment) => [
      segment.id,
      unitOf(
        segment,
        drafts.find((draft) => draft.id === segment.id),
      ),
    ]),
  )
  const document: XliffDocument = {
    sourceLanguage: file.sourceLocale,
    targetLanguage: file.targetLocale,
    resources: { [originalOf(file.statementId, file.sourceRevision)]: units },
  }
  // Indenting would put line breaks and spaces inside <source> and <target>, where they are text.
  return writeXliff12(document, { indent: '' }, () => {})
}

export function importXliff(xml: string, expected: Omit<XliffFile, 'target'>): XliffImportResult {
  const parsed = parseXliff(xml)
  if (!parsed.ok) return fileError(`This is not a valid XLIFF 1.2 file: ${parsed.reason}`)
  const file = readFile(parsed.document, expected)
  if (!file.ok) return file

  const segments = segmentsOf(expected.source)
  const translated = new Map(
    segments.flatMap((segment) => {
      const unit = file.units.get(segment.id)
      return unit ? [[segment.id, { ...segment, target: unit.target ?? '' }] as const] : []
    }),
  )
  // Whether the translation is complete is judged on what would be saved, by the rule every
  // translation answers to, whichever way it comes in.
  const fields = translatedFields(expected, translated)
  const untranslated = new Map(
    untranslatedSegments(expected.source, fields).map((error) => [error.segment, error]),
  )
  const links = linkErrors(expected.source, fields, segments)
  const errors = [
    ...segments.flatMap((segment) =>
      segmentErrors(
        segment,
        file.units.get(segment.id),
        untranslated.get(segment.id),
        links.get(segment.id) ?? [],
      ),
    ),
    ...(links.get(null) ?? []),
    ...unknownSegmentErrors(file.units, segments),
  ]
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields }
}

// Segments

/**
 * The trans-units of a statement, in reading order. Fields and blocks without text (an empty
 * paragraph, a list item holding only a nested list) have nothing to translate and get none.
 */
function segmentsOf(fields: TranslatableFields): Segment[] {
  const plain = fieldSegments.map((field) => ({
    id: field,
    value: fields[field] ?? '',
    tags: new Map<string, InlineTag>(),
  }))
  const blocks = fields.body ? textBlocks(fields.body).map(blockSegment) : []
  return [...plain, ...blocks].filter((segment) => plainText(segment.value).trim() !== '')
}

/**
 * A draft's fields as targets. A slug that was made from the draft's title is no choice of the
 * translator's: its target stays empty, so that it follows the title as translated in the tool.
 */
function draftFields(draft: Partial<TranslatableFields>): TranslatableFields {
  const title = draft.title ?? ''
  return {
    title,
    slug: draft.slug && draft.slug !== slugify(title) ? draft.slug : null,
    standfirst: draft.standfirst ?? null,
    seoTitle: draft.seoTitle ?? null,
    description: draft.description ?? null,
    body: draft.body ?? null,
  }
}

function blockSegment({ id, node }: TextBlock): Segment {
  const tags = new Map<string, InlineTag>()
  return { id, value: inlineValue(inlineOf(node), tags), tags }
}

/** Lexical inline nodes as XLIFF inline content, registering each tag in `tags`. */
function inlineValue(nodes: LexicalNode[], tags: Map<string, InlineTag>): XliffPart[] {
  const parts: XliffPart[] = []
  // Formats still open, outermost first. Neighbouring text sharing a format shares its <g>, so
  // "**the _Rome_ Statute**" gives translators one bold tag around an italic one, not three tags.
  let open: { bit: number; contents: XliffPart[] }[] = []
  const current = () => open.at(-1)?.contents ?? parts

  for (const node of nodes) {
    if (node.type === 'text') {
      const text = textOf(node)
      if (!text) continue
      const format = formatOf(node)
      const firstClosed = open.findIndex((span) => !(format & span.bit))
      if (firstClosed !== -1) open = open.slice(0, firstClosed)
      for (const bit of formatBits(format)) {
        if (open.some((span) => span.bit === bit)) continue
        const contents: XliffPart[] = []
        const ctype = formatCtypes[bit] ?? `x-format-${bit}`
        current().push(
          span(addTag(tags, { kind: 'format', ctype, bit, contents }), ctype, contents),
        )
        open.push({ bit, contents })
      }
      current().push(text)
    } else if (node.type === 'link') {
      // Lexical formats the text inside a link, not the link, so a link closes the open formats.
      open = []
      const contents: XliffPart[] = []
      const id = addTag(tags, { kind: 'link', ctype: linkCtype, node, contents })
      contents.push(...inlineValue(childrenOf(node), tags))
      parts.push(span(id, linkCtype, contents))
    } else {
      // Line breaks and any other inline node (autolink, tab…) come back from the source unchanged.
      const ctype = node.type === 'linebreak' ? lineBreakCtype : `x-${node.type}`
      current().push({
        Standalone: { id: addTag(tags, { kind: 'placeholder', ctype, node }), ctype },
      })
    }
  }
  return parts
}

/** Ids are 1, 2, 3… in reading order of the source, so the import can recompute them. */
function addTag(tags: Map<string, InlineTag>, tag: InlineTag): string {
  const id = String(tags.size + 1)
  tags.set(id, tag)
  return id
}

function span(id: string, ctype: string, contents: XliffPart[]): InlineElement {
  return { GenericSpan: { id, ctype, contents } }
}

function formatBits(format: number): number[] {
  const bits: number[] = []
  for (let bit = 1; bit <= format; bit *= 2) {
    if (format & bit) bits.push(bit)
  }
  return bits
}

function partsOf(value: XliffValue): XliffPart[] {
  return Array.isArray(value) ? value : [value]
}

function elementOf(part: InlineElement): { type: string; attributes: InlineAttributes } {
  const [type, attributes] = Object.entries(part)[0]
  return { type, attributes }
}

function plainText(value: XliffValue): string {
  return partsOf(value)
    .map((part) =>
      typeof part === 'string' ? part : plainText(elementOf(part).attributes.contents ?? ''),
    )
    .join('')
}

// Export

function unitOf(segment: Segment, draft: Segment | undefined): XliffUnit {
  const target = draft && draftTarget(segment, draft)
  return {
    source: segment.value,
    ...(target ? { target } : {}),
    ...(segment.id === 'slug' ? { note: slugNote } : {}),
  }
}

/**
 * The draft's text with its tags renumbered to the source's ids. The draft is numbered in its
 * own reading order, which differs from the source's wherever the translator moved tags; links
 * are matched by where they point, so a moved link keeps its target. A draft whose tags do not
 * all match the source's is not offered: the import would refuse it.
 */
function draftTarget(segment: Segment, draft: Segment): XliffValue | undefined {
  const ids = matchTags(draft.tags, segment.tags)
  return ids && renumber(draft.value, ids)
}

function matchTags(
  draftTags: Map<string, InlineTag>,
  sourceTags: Map<string, InlineTag>,
): Map<string, string> | undefined {
  const unmatched = [...sourceTags]
  const ids = new Map<string, string>()
  for (const [draftId, tag] of draftTags) {
    const index = unmatched.findIndex(([, candidate]) => tagKey(candidate) === tagKey(tag))
    if (index === -1) return undefined
    ids.set(draftId, unmatched[index][0])
    unmatched.splice(index, 1)
  }
  return ids
}

/** Equal for interchangeable tags: the same format, the same link target, the same inline node. */
function tagKey(tag: InlineTag): string {
  if (tag.kind === 'format') return tag.ctype
  if (tag.kind === 'link') return `${tag.ctype} ${JSON.stringify(tag.node.fields)}`
  return JSON.stringify(tag.node)
}

function renumber(value: XliffValue, ids: Map<string, string>): XliffPart[] {
  return partsOf(value).map((part) => {
    if (typeof part === 'string') return part
    const { type, attributes } = elementOf(part)
    const contents =
      attributes.contents === undefined ? {} : { contents: renumber(attributes.contents, ids) }
    return { [type]: { ...attributes, id: ids.get(attributes.id ?? ''), ...contents } }
  })
}

/**
 * The file's `original` names the statement and the source revision the file was made from.
 * CAT tools keep `original` as it is, since it identifies the file they write back, and it is
 * the one file-level attribute besides the languages that the xliff library reads and writes
 * (it cannot write a <header> or a file-level <note>; a trans-unit's <note> could be edited
 * or dropped along with its unit).
 */
function originalOf(statementId: number, revision: string): string {
  return `statements/${statementId}?revision=${encodeURIComponent(revision)}`
}

const originalPattern = /^statements\/(\d+)\?revision=(.*)$/

// Import

type Parsed = { ok: true; document: XliffDocument } | { ok: false; reason: string }

function parseXliff(xml: string): Parsed {
  // Set by the callback, which the library calls before it returns.
  let parsed!: Parsed
  try {
    // Whitespace between inline tags is text ("<g>Rome</g> <g>Statute</g>"), so it must be kept.
    readXliff12(xml, { captureSpacesBetweenElements: true }, (error, document) => {
      parsed = error
        ? { ok: false, reason: `the XML is malformed (${error.message.split('\n')[0]}).` }
        : { ok: true, document }
    })
  } catch {
    // The library assumes the XLIFF structure and throws when an element it expects is missing.
    parsed = {
      ok: false,
      reason: 'it does not have the <xliff>, <file> and <body> elements of an XLIFF document.',
    }
  }
  return parsed
}

type ReadFile = { ok: true; units: Map<string, XliffUnit> } | { ok: false; errors: SegmentError[] }

function readFile(document: XliffDocument, expected: Omit<XliffFile, 'target'>): ReadFile {
  if (document.xliffVersion)
    return fileError(`This is not a valid XLIFF 1.2 file: it is XLIFF ${document.xliffVersion}.`)
  const files = Object.entries(document.resources)
  if (files.length !== 1)
    return fileError(
      `This is not a valid XLIFF 1.2 file: it should hold one <file> element, not ${files.length}.`,
    )
  const [original, units] = files[0]
  const messages = fileProblems(document, original, expected)
  if (messages.length > 0)
    return { ok: false, errors: messages.map((message) => ({ segment: null, message })) }
  return { ok: true, units: new Map(Object.entries(units)) }
}

function fileError(message: string): { ok: false; errors: SegmentError[] } {
  return { ok: false, errors: [{ segment: null, message }] }
}

/** Problems with the file as a whole. Its segments are not checked then: they belong to another text. */
function fileProblems(
  document: XliffDocument,
  original: string,
  expected: Omit<XliffFile, 'target'>,
): string[] {
  const problems: string[] = []
  const match = originalPattern.exec(original)
  if (!match) {
    problems.push(`This file was not exported from a statement: its original is “${original}”.`)
  } else if (Number(match[1]) !== expected.statementId) {
    problems.push(
      `This file belongs to statement ${match[1]}, not to statement ${expected.statementId}.`,
    )
  } else if (match[2] !== encodeURIComponent(expected.sourceRevision)) {
    problems.push(staleRevision)
  }
  if (!sameLanguage(document.sourceLanguage, expected.sourceLocale)) {
    problems.push(
      `This file translates from “${document.sourceLanguage ?? 'no language'}”, but the statement is written in “${expected.sourceLocale}”.`,
    )
  }
  if (!sameLanguage(document.targetLanguage, expected.targetLocale)) {
    problems.push(
      `This file is a translation into “${document.targetLanguage ?? 'no language'}”, not into “${expected.targetLocale}”.`,
    )
  }
  return problems
}

/** CAT tools often write a regional variant (fr-FR for fr); the language is what must match. */
function sameLanguage(tag: string | undefined, locale: Locale): boolean {
  return tag?.toLowerCase().split(/[-_]/)[0] === locale
}

/**
 * The shared rule's word on the links of what would be saved, each told at the segment that has
 * the original's link (null: no segment has it).
 */
function linkErrors(
  source: TranslatableFields,
  fields: TranslatableFields,
  segments: Segment[],
): Map<string | null, SegmentError[]> {
  const errors = new Map<string | null, SegmentError[]>()
  for (const { message, difference } of linkProblems(source, fields)) {
    const holder = segments.find((segment) =>
      [...segment.tags.values()].some(
        (tag) => tag.kind === 'link' && linkTargetOf(tag.node) === difference.link.target,
      ),
    )
    const segment = holder?.id ?? null
    errors.set(segment, [...(errors.get(segment) ?? []), { segment, message }])
  }
  return errors
}

/** One segment's problems: missing from the file, else its tags, else the shared rules' word on its text and links. */
function segmentErrors(
  segment: Segment,
  unit: XliffUnit | undefined,
  untranslated: SegmentError | undefined,
  links: SegmentError[],
): SegmentError[] {
  const error = (message: string) => ({ segment: segment.id, message })
  const target =
    unit?.target !== undefined && plainText(unit.target).trim() !== '' ? unit.target : undefined
  // Without a slug of the translator's, the address is made from the title, as in the admin.
  if (segment.id === 'slug')
    return target === undefined
      ? []
      : [...slugProblems(segment, target), ...lengthProblems(segment, target)].map(error)
  if (!unit) return [error(`Segment ${segment.id} is missing from the file.`)]
  const problems =
    target === undefined
      ? []
      : [...tagProblems(segment, target), ...lengthProblems(segment, target)]
  if (problems.length > 0) return problems.map(error)
  return untranslated ? [untranslated] : links
}

/** The limits of lib/text/lengthLimits.ts, by segment: a translation answers to the original's. */
const segmentLimits: Partial<Record<string, LimitedField>> = {
  title: 'title',
  slug: 'slug',
  standfirst: 'standfirst',
  seoTitle: 'seoTitle',
  description: 'seoDescription',
}

/** The target's text, as it would be saved, over its field's length limit. */
function lengthProblems(segment: Segment, target: XliffValue): string[] {
  const limited = segmentLimits[segment.id]
  if (!limited) return []
  const text = plainText(target).trim()
  const problem =
    segment.id === 'slug'
      ? lengthProblem('Slug', slugify(text, Number.POSITIVE_INFINITY), lengthLimits.slug)
      : lengthProblem(segmentName(segment.id), text, lengthLimits[limited])
  return problem ? [problem] : []
}

function slugProblems(segment: Segment, target: XliffValue): string[] {
  const problems = tagProblems(segment, target)
  if (problems.length > 0 || slugify(plainText(target))) return problems
  return [
    'Segment slug has no letter or digit to make an address of; write one, or leave the target empty to have it made from the title.',
  ]
}

function unknownSegmentErrors(units: Map<string, XliffUnit>, segments: Segment[]): SegmentError[] {
  const known = new Set(segments.map((segment) => segment.id))
  return [...units.keys()]
    .filter((id) => !known.has(id))
    .map((id) => ({
      segment: id,
      message: `Segment ${id} is not part of this statement; remove it.`,
    }))
}

/** An inline element as the target uses it. */
type UsedTag = {
  id: string | undefined
  type: string
  ctype: string | undefined
  insideLink: boolean
}

function usedTags(value: XliffValue, insideLink = false): UsedTag[] {
  return partsOf(value).flatMap((part) => {
    if (typeof part === 'string') return []
    const { type, attributes } = elementOf(part)
    const used = { id: attributes.id, type, ctype: attributes.ctype, insideLink }
    const nested =
      attributes.contents === undefined
        ? []
        : usedTags(attributes.contents, insideLink || attributes.ctype === linkCtype)
    return [used, ...nested]
  })
}

/** The target must use each of the source's tags once, as the same element with the same ctype. */
function tagProblems(segment: Segment, target: XliffValue): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const used of usedTags(target)) {
    const source = used.id === undefined ? undefined : segment.tags.get(used.id)
    if (used.id === undefined) {
      problems.push(
        `Segment ${segment.id} has a ${syntaxOf(used.type)} tag without an id; remove it.`,
      )
    } else if (!source) {
      problems.push(
        `Segment ${segment.id} has tag ${used.id}, which is not in the source; remove it.`,
      )
    } else if (seen.has(used.id)) {
      problems.push(`Segment ${segment.id} uses tag ${used.id} more than once; keep it only once.`)
    } else if (elementTypeOf(source) !== used.type || source.ctype !== used.ctype) {
      const from = describeTag(elementTypeOf(source), source.ctype)
      const to = describeTag(used.type, used.ctype)
      problems.push(
        `Segment ${segment.id} changed tag ${used.id} from ${from} to ${to}; keep it as it is in the source.`,
      )
    } else if (source.kind === 'link' && used.insideLink) {
      problems.push(
        `Segment ${segment.id} puts the link of tag ${used.id} inside another link; move it out.`,
      )
    }
    if (used.id !== undefined) seen.add(used.id)
  }
  // A lost link is the shared link rule's to report (see linkErrors), in the admin's words.
  for (const [id, tag] of segment.tags) {
    if (!seen.has(id) && tag.kind !== 'link') problems.push(lostTag(segment.id, id, tag))
  }
  return problems
}

function lostTag(segmentId: string, id: string, tag: Exclude<InlineTag, { kind: 'link' }>): string {
  if (tag.kind === 'format') {
    return `Segment ${segmentId} lost the ${ctypeName(tag.ctype)} formatting on “${plainText(tag.contents)}” (tag ${id}); put the tag back around the translated words.`
  }
  return `Segment ${segmentId} lost the ${ctypeName(tag.ctype)} (tag ${id}); put the tag back.`
}

function elementTypeOf(tag: InlineTag): string {
  return tag.kind === 'placeholder' ? 'Standalone' : 'GenericSpan'
}

const inlineSyntax: Record<string, string> = {
  GenericSpan: '<g>',
  Standalone: '<x/>',
  GenericSpanStart: '<bx/>',
  GenericSpanEnd: '<ex/>',
  Span: '<ph>',
  SpanStart: '<bpt>',
  SpanEnd: '<ept>',
  Marker: '<mrk>',
}

function syntaxOf(type: string): string {
  return inlineSyntax[type] ?? type
}

/** A tag as a translator recognises it: what it means, then its XLIFF element. */
function describeTag(type: string, ctype: string | undefined): string {
  return `${ctypeName(ctype)} ${syntaxOf(type)}`
}

function ctypeName(ctype: string | undefined): string {
  if (ctype === linkCtype) return 'link'
  if (ctype === lineBreakCtype) return 'line break'
  return ctype?.replace(/^x-/, '') ?? 'untyped'
}

// Rebuilding the translation

type TranslatedSegment = Segment & { target: XliffValue }

function translatedFields(
  expected: Omit<XliffFile, 'target'>,
  translated: Map<string, TranslatedSegment>,
): TranslatableFields {
  const text = (field: (typeof fieldSegments)[number]) => {
    const segment = translated.get(field)
    return segment ? plainText(segment.target).trim() : null
  }
  const { body } = expected.source
  return {
    title: text('title') ?? '',
    slug: proposedSlug(text('slug'), expected.source.slug),
    standfirst: text('standfirst'),
    seoTitle: text('seoTitle'),
    description: text('description'),
    body: body && translatedBody(body, translated, localeInfo(expected.targetLocale).dir),
  }
}

/**
 * The translator's slug, written as the admin writes typed ones. Left as the source's (what a
 * CAT tool puts in an untranslated target), it is no choice: null, made from the title.
 */
function proposedSlug(target: string | null, source: string | null | undefined): string | null {
  // Not cut to the limit: a slug too long is refused (see lengthProblems), as in the admin.
  const slug = target ? slugify(target, Number.POSITIVE_INFINITY) : ''
  return slug && slug !== source ? slug : null
}

/** The source's structure, with each block's inline content taken from its translation. */
function translatedBody(
  source: RichTextDocument,
  translated: Map<string, TranslatedSegment>,
  direction: Direction,
): RichTextDocument {
  const body = structuredClone(source)
  for (const { id, node } of textBlocks(body)) {
    const segment = translated.get(id)
    if (!segment) continue
    // A list item keeps its nested lists after its own text, where Lexical puts them.
    node.children = [
      ...inlineNodes(segment.target, segment.tags, 0),
      ...childrenOf(node).filter(isList),
    ]
  }
  setDirection(body.root, direction)
  return body
}

/** Lexical inline nodes from a target. A tag the source does not have is dropped: validation reports it, and nothing is saved. */
function inlineNodes(
  value: XliffValue,
  tags: Map<string, InlineTag>,
  format: number,
): LexicalNode[] {
  const nodes = partsOf(value).flatMap((part) => {
    if (typeof part === 'string') return part ? [textNode(part, format)] : []
    const { attributes } = elementOf(part)
    const tag = tags.get(attributes.id ?? '')
    const contents = attributes.contents ?? ''
    if (tag?.kind === 'format') return inlineNodes(contents, tags, format | tag.bit)
    // The link's target comes from the source: translators cannot change where a link points.
    if (tag?.kind === 'link')
      return [{ ...structuredClone(tag.node), children: inlineNodes(contents, tags, format) }]
    return tag ? [structuredClone(tag.node)] : []
  })
  return mergeTexts(nodes)
}

/** Joins neighbouring text of the same format, which an empty tag or an XML comment in the target splits. */
function mergeTexts(nodes: LexicalNode[]): LexicalNode[] {
  const merged: LexicalNode[] = []
  for (const node of nodes) {
    const previous = merged.at(-1)
    if (previous?.type === 'text' && node.type === 'text' && previous.format === node.format) {
      merged[merged.length - 1] = { ...previous, text: String(previous.text) + String(node.text) }
    } else {
      merged.push(node)
    }
  }
  return merged
}

function setDirection(node: LexicalNode, direction: Direction): void {
  // Decorator blocks (uploads, relationships) have no direction of their own.
  if ('direction' in node) node.direction = direction
  for (const child of nestedBlocks(node)) setDirection(child, direction)
}

function nestedBlocks(node: LexicalNode): LexicalNode[] {
  if (node.type === 'root' || isList(node)) return childrenOf(node)
  if (node.type === 'listitem') return childrenOf(node).filter(isList)
  return []
}

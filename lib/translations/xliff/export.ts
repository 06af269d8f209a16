import { childrenOf, formatOf, inlineOf, type LexicalNode, textOf } from '@/lib/text/lexical'
import { slugify } from '@/lib/text/slugify'
import { textBlocks, type TextBlock } from '@/lib/translations/segments'

import {
  elementOf,
  fieldSegments,
  type InlineElement,
  type InlineTag,
  lineBreakCtype,
  linkCtype,
  originalOf,
  partsOf,
  plainText,
  type Segment,
  tagMeaning,
  type TranslatableFields,
  writeXliff12,
  type XliffDocument,
  type XliffFile,
  type XliffPart,
  type XliffUnit,
  type XliffValue,
} from './model'
import { withTargetStates } from './states'

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

/** The slug's target is optional, so translators are told what it does. */
const slugNote =
  'The address of the page in this language. Leave the target empty, or as the source, to have it made from the translated title.'

export function exportXliff(file: XliffFile): string {
  const drafts = file.target ? segmentsOf(draftFields(file.target)) : []
  const units = Object.fromEntries(
    segmentsOf(file.source).map((segment) => [
      segment.id,
      unitOf(
        segment,
        drafts.find((draft) => draft.id === segment.id),
        file.states?.[segment.id]?.note,
      ),
    ]),
  )
  const document: XliffDocument = {
    sourceLanguage: file.sourceLocale,
    targetLanguage: file.targetLocale,
    resources: { [originalOf(file.statementId, file.sourceRevision)]: units },
  }
  // Indenting would put line breaks and spaces inside <source> and <target>, where they are text.
  const xml = writeXliff12(document, { indent: '' }, () => {})
  return file.states ? withTargetStates(xml, file.states) : xml
}

/**
 * The trans-units of a statement, in reading order. Fields and blocks without text (an empty
 * paragraph, a list item holding only a nested list) have nothing to translate and get none.
 */
export function segmentsOf(fields: TranslatableFields): Segment[] {
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

function unitOf(segment: Segment, draft: Segment | undefined, origin?: string): XliffUnit {
  const target = draft && targetInSourceIds(segment, draft)
  const note = segment.id === 'slug' ? slugNote : target && origin
  return {
    source: segment.value,
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
  }
}

/**
 * A translation's segment with its tags renumbered to the source's ids. The translation is
 * numbered in its own reading order, which differs from the source's wherever the translator
 * moved tags; links are matched by where they point, so a moved link keeps its target. A
 * segment with a tag the source does not have is undefined: the import would refuse it.
 */
export function targetInSourceIds(segment: Segment, draft: Segment): XliffValue | undefined {
  const ids = matchTags(draft.tags, segment.tags)
  return ids && renumberTags(draft.value, ids)
}

function matchTags(
  draftTags: Map<string, InlineTag>,
  sourceTags: Map<string, InlineTag>,
): Map<string, string> | undefined {
  const unmatched = [...sourceTags]
  const ids = new Map<string, string>()
  for (const [draftId, tag] of draftTags) {
    const index = unmatched.findIndex(([, candidate]) => tagMeaning(candidate) === tagMeaning(tag))
    if (index === -1) return undefined
    ids.set(draftId, unmatched[index][0])
    unmatched.splice(index, 1)
  }
  return ids
}

/** `value` with each tag id replaced by the one `ids` gives it. */
export function renumberTags(value: XliffValue, ids: Map<string, string>): XliffPart[] {
  return partsOf(value).map((part) => {
    if (typeof part === 'string') return part
    const { type, attributes } = elementOf(part)
    const contents =
      attributes.contents === undefined ? {} : { contents: renumberTags(attributes.contents, ids) }
    return { [type]: { ...attributes, id: ids.get(attributes.id ?? ''), ...contents } }
  })
}

import { localeInfo } from '@/i18n/locales'
import {
  blocksOf,
  childrenOf,
  type Direction,
  isList,
  type LexicalNode,
  type RichTextDocument,
  textNode,
} from '@/lib/text/lexical'
import { slugify } from '@/lib/text/slugify'
import { textBlocks } from '@/lib/translations/segments'

import {
  elementOf,
  type ExpectedFile,
  fieldSegments,
  type InlineTag,
  partsOf,
  plainText,
  type Segment,
  type TranslatableFields,
  type XliffUnit,
  type XliffValue,
} from './model'

/** The translation a file holds, as it would be saved: its targets in the source's structure. */

type TranslatedSegment = Segment & { target: XliffValue }

export function translatedFields(
  expected: ExpectedFile,
  segments: Segment[],
  units: Map<string, XliffUnit>,
): TranslatableFields {
  const translated = new Map(
    segments.flatMap((segment) => {
      const unit = units.get(segment.id)
      return unit ? [[segment.id, { ...segment, target: unit.target ?? '' }] as const] : []
    }),
  )
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
  // Not cut to the limit: a slug too long is refused (see lengthProblems in validate.ts), as in the admin.
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
  setDirection(body, direction)
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

function setDirection(body: RichTextDocument, direction: Direction): void {
  for (const node of [body.root, ...blocksOf(body).map((block) => block.node)]) {
    // Decorator blocks (uploads, relationships) have no direction of their own.
    if ('direction' in node) node.direction = direction
  }
}

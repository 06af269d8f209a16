import {
  blocksOf,
  childrenOf,
  inlineOf,
  type LexicalNode,
  type RichTextDocument,
  textOf,
} from '@/lib/text/lexical'

/**
 * A statement's text cut into segments, as translators and reviewers meet it: the title, the
 * standfirst, the SEO title and description, and each block of the body that has text. One rule
 * holds for every way a translation comes in (the admin, REST, GraphQL, an XLIFF file): a segment
 * the original has text in needs text in the translation. A segment left word for word as in the
 * original is shown to the reviewer: a name may stay, a paragraph in the original language may not.
 */

/** The translatable text of a statement, or of its translation. */
export type SegmentedText = {
  title?: string | null
  standfirst?: string | null
  seoTitle?: string | null
  description?: string | null
  body?: RichTextDocument | null
}

/** `segment` is a segment's id, or null for a problem with the whole. */
export type SegmentError = { segment: string | null; message: string }

/** Segment ids of the plain fields, each its field's name. */
const plainFields = ['title', 'standfirst', 'seoTitle', 'description'] as const

const plainFieldNames: Record<(typeof plainFields)[number], string> = {
  title: 'Title',
  standfirst: 'Standfirst',
  seoTitle: 'SEO title',
  description: 'SEO description',
}

/** A block whose inline content is one segment. */
export type TextBlock = { id: string; node: LexicalNode }

/** Blocks with inline text. Other blocks (uploads, relationships…) are carried over from the source as they are. */
const textBlockTypes = ['paragraph', 'heading', 'quote', 'listitem']

/**
 * Ids follow the document's structure (see blocksOf): `body.N` is the root's Nth child,
 * `body.N.M` the Mth item of the list at N, `body.N.M.K` the Kth item of a list nested in that
 * item, so the original and its translation name the same block by the same id.
 */
export function textBlocks(body: RichTextDocument): TextBlock[] {
  return blocksOf(body)
    .filter(({ node }) => textBlockTypes.includes(node.type))
    .map(({ node, path }) => ({ id: ['body', ...path].join('.'), node }))
}

/** The words of inline nodes: text, and the text of links. Line breaks and other inline nodes carry none. */
function wordsOf(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return textOf(node)
      return node.type === 'link' ? wordsOf(childrenOf(node)) : ''
    })
    .join('')
}

/** Each segment's words, spacing evened out, for the segments that have any. */
export function segmentWords(text: SegmentedText): Map<string, string> {
  const words = new Map<string, string>()
  const add = (id: string, value: string) => {
    const even = value.replace(/\s+/g, ' ').trim()
    if (even) words.set(id, even)
  }
  for (const field of plainFields) add(field, text[field] ?? '')
  for (const block of text.body ? textBlocks(text.body) : [])
    add(block.id, wordsOf(inlineOf(block.node)))
  return words
}

/** What people call a segment: “Standfirst”, “Block 3 of the text”, “Item 2 of block 5 of the text”. */
export function segmentName(id: string): string {
  if (id in plainFieldNames) return plainFieldNames[id as keyof typeof plainFieldNames]
  const [block, ...items] = id
    .split('.')
    .slice(1)
    .map((index) => Number(index) + 1)
  const name = [
    ...items.reverse().map((item) => `item ${item} of `),
    `block ${block} of the text`,
  ].join('')
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** Every segment the original has text in and the translation leaves empty, in reading order. */
export function untranslatedSegments(
  original: SegmentedText,
  translation: SegmentedText,
): { segment: string; message: string }[] {
  const translated = segmentWords(translation)
  return [...segmentWords(original).keys()]
    .filter((id) => !translated.has(id))
    .map((id) => ({ segment: id, message: `${segmentName(id)} has no translation.` }))
}

/** The segments whose translation is word for word the original, in reading order. */
export function sameAsOriginal(original: SegmentedText, translation: SegmentedText): string[] {
  const translated = segmentWords(translation)
  return [...segmentWords(original)]
    .filter(([id, words]) => translated.get(id) === words)
    .map(([id]) => id)
}

/**
 * Prose, where text left as in the original is most likely untranslated: the standfirst and the
 * blocks of the text. Accepting it so takes the reviewer's explicit word; a title or an SEO field
 * that stays (a name, an acronym) is only pointed out.
 */
export function needsConfirmation(segment: string): boolean {
  return segment === 'standfirst' || segment.startsWith('body.')
}

import {
  blocksOf,
  childrenOf,
  inlineOf,
  isList,
  type LexicalNode,
  linkFieldsOf,
  type RichTextDocument,
  textOf,
} from '@/lib/text/lexical'

import { sourceFieldLabel } from './fieldLabels'
import type { SegmentedText } from './segments'

/**
 * A translation keeps the original's links: the same places, as many times. Readers of every
 * language follow the same sources, and a link lost while typing over its words is easy to miss
 * in the editor. Links are compared by where they point, not by their words (which are
 * translated) nor their position (which moves with the sentence). Every way a translation comes
 * in (the admin, REST, GraphQL, an XLIFF file) and every accept answers to this one rule.
 */

/** A link as people read it: its words and where it points. */
export type TextLink = { text: string; target: string }

/** A link of one side that the other side lacks. */
export type LinkDifference = { kind: 'missing' | 'extra'; link: TextLink }

/** The rich-text fields of a translation. */
export const richTextFields = ['body'] as const
export type RichTextField = (typeof richTextFields)[number]

export type LinkProblem = {
  field: RichTextField
  label: string
  message: string
  difference: LinkDifference
}

/** A link's address: its URL, or the document an internal link points to ("statements 12"). */
export function linkTargetOf(node: LexicalNode): string {
  const fields = linkFieldsOf(node)
  if (fields.linkType === 'internal') {
    const doc = fields.doc ?? {}
    const value =
      typeof doc.value === 'object' && doc.value !== null && 'id' in doc.value
        ? doc.value.id
        : doc.value
    return `${String(doc.relationTo ?? 'document')} ${String(value ?? '?')}`
  }
  return typeof fields.url === 'string' ? fields.url.trim() : ''
}

function wordsOf(node: LexicalNode): string {
  if (node.type === 'text') return textOf(node)
  return childrenOf(node).map(wordsOf).join('')
}

function linksIn(nodes: LexicalNode[]): TextLink[] {
  return nodes.flatMap((node) =>
    node.type === 'link' || node.type === 'autolink'
      ? [{ text: wordsOf(node).replace(/\s+/g, ' ').trim(), target: linkTargetOf(node) }]
      : linksIn(childrenOf(node)),
  )
}

/** Every link of a rich text, in reading order. */
export function linksOf(document: RichTextDocument | null | undefined): TextLink[] {
  if (!document) return []
  // A list's links are in its items; an item's nested lists are blocks of their own.
  return blocksOf(document).flatMap(({ node }) => {
    if (isList(node)) return []
    return linksIn(node.type === 'listitem' ? inlineOf(node) : [node])
  })
}

/** A link of the original beside the translation's link to the same place; null where a side has none. */
export type LinkPair = { original: TextLink | null; translation: TextLink | null }

/**
 * The original's links, each beside the first unpaired translation link to the same target,
 * in the original's order; then the translation's links left unpaired.
 */
export function pairLinks(original: TextLink[], translation: TextLink[]): LinkPair[] {
  const unpaired = [...translation]
  const pairs: LinkPair[] = original.map((link) => {
    const index = unpaired.findIndex((candidate) => candidate.target === link.target)
    return { original: link, translation: index === -1 ? null : unpaired.splice(index, 1)[0] }
  })
  return [...pairs, ...unpaired.map((link) => ({ original: null, translation: link }))]
}

/** The original's links the translation lacks (`missing`), then the translation's the original lacks (`extra`). */
export function linkDifferences(original: TextLink[], translation: TextLink[]): LinkDifference[] {
  return pairLinks(original, translation).flatMap(
    ({ original: ours, translation: theirs }): LinkDifference[] => {
      if (ours && !theirs) return [{ kind: 'missing', link: ours }]
      if (theirs && !ours) return [{ kind: 'extra', link: theirs }]
      return []
    },
  )
}

/** What to tell the translator about one difference, naming the field and the link. */
export function linkMessage(label: string, { kind, link }: LinkDifference): string {
  const named = `the link “${link.text || link.target}” (${link.target})`
  return kind === 'missing'
    ? `${label}: ${named} is missing from the translation; link the words that translate it.`
    : `${label}: ${named} is not in the original; remove it.`
}

/** Every link the translation lost or gained, per rich-text field, as messages. */
export function linkProblems(original: SegmentedText, translation: SegmentedText): LinkProblem[] {
  return richTextFields.flatMap((field) => {
    // Named as the admin's form names the field; messages to translators are in English.
    const label = sourceFieldLabel[field].en
    return linkDifferences(linksOf(original[field]), linksOf(translation[field])).map(
      (difference) => ({
        field,
        label,
        message: linkMessage(label, difference),
        difference,
      }),
    )
  })
}

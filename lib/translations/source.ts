import { createHash } from 'node:crypto'

import { diffWords } from 'diff'

import {
  blocksOf,
  bold,
  childrenOf,
  formatOf,
  inlineOf,
  isList,
  italic,
  type LexicalNode,
  linkFieldsOf,
  type RichTextDocument,
  textOf,
} from '@/lib/text/lexical'
import type { Statement } from '@/payload-types'

export type { RichTextDocument }

/**
 * The fields a translator translates, as one locale of a statement holds them. Snapshots kept by
 * translations made before the SEO title was translated have no `seoTitle`.
 */
export type SourceText = {
  title: string
  standfirst: string | null
  /** The SEO description. */
  description: string | null
  /** The SEO title, where the statement has one instead of its title. */
  seoTitle?: string | null
  body: RichTextDocument | null
}

/** The translatable fields of one locale of a statement read in that locale. */
export function sourceTextOf(
  statement: Pick<Statement, 'title' | 'standfirst' | 'body' | 'meta'>,
): SourceText {
  return {
    title: statement.title ?? '',
    standfirst: statement.standfirst || null,
    description: statement.meta?.description || null,
    seoTitle: statement.meta?.title || null,
    body: statement.body ?? null,
  }
}

/**
 * A block's inline content as readable text: **bold**, _italic_, [text](url). Editors read
 * this in the source diff, and the fingerprint is taken from it, so a changed link target or
 * emphasis counts as a change to the source while Lexical's bookkeeping (versions, indents) does not.
 */
function inlineText(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'link' || node.type === 'autolink') {
        const fields = linkFieldsOf(node)
        const target =
          fields.linkType === 'internal'
            ? `statement:${JSON.stringify(fields.doc ?? null)}`
            : (fields.url ?? '')
        return `[${inlineText(childrenOf(node))}](${target})`
      }
      if (node.type === 'text') {
        const format = formatOf(node)
        let text = textOf(node)
        if (format & italic) text = `_${text}_`
        if (format & bold) text = `**${text}**`
        return text
      }
      return inlineText(childrenOf(node))
    })
    .join('')
}

/** One line per block of the body, in reading order; list items carry their depth. */
export function bodyBlocks(body: RichTextDocument | null): string[] {
  // A body saved through the API may be no document at all.
  if (!body?.root) return []
  return blocksOf(body).flatMap(({ node, depth }) => {
    if (isList(node)) return []
    const listItem = node.type === 'listitem'
    const text = inlineText(listItem ? inlineOf(node) : childrenOf(node))
    if (!text.trim()) return []
    if (listItem) return [`${'  '.repeat(Math.max(depth - 1, 0))}- ${text}`]
    const prefix =
      node.type === 'heading'
        ? `${'#'.repeat(Number(String(node.tag ?? '').slice(1)) || 2)} `
        : node.type === 'quote'
          ? '> '
          : ''
    return [prefix + text]
  })
}

export type SourceField = 'title' | 'standfirst' | 'seoTitle' | 'description' | 'body'
export const sourceFields: readonly SourceField[] = [
  'title',
  'standfirst',
  'seoTitle',
  'description',
  'body',
]

/** The source as plain text per field, the form revisions are compared in. */
export function readableSource(source: SourceText): Record<SourceField, string> {
  return {
    title: source.title.trim(),
    standfirst: source.standfirst?.trim() ?? '',
    seoTitle: source.seoTitle?.trim() ?? '',
    description: source.description?.trim() ?? '',
    body: bodyBlocks(source.body).join('\n\n'),
  }
}

/** A short fingerprint of the source text: equal for equal text, different when anything readers see changed. */
export function sourceRevision(source: SourceText): string {
  const { seoTitle, ...rest } = readableSource(source)
  // Fingerprints were taken before the SEO title was translated: without one, a statement keeps
  // its fingerprint, and its translations stay current (migrations/…_translation_seo_title).
  const fingerprinted = seoTitle ? { ...rest, seoTitle } : rest
  return createHash('sha256').update(JSON.stringify(fingerprinted)).digest('hex').slice(0, 16)
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }
export type FieldDiff = { field: SourceField; parts: DiffPart[] }

/** What changed in the source between two revisions, word by word, for the fields that changed. */
export function diffSource(before: SourceText, after: SourceText): FieldDiff[] {
  const old = readableSource(before)
  const now = readableSource(after)
  return sourceFields
    .filter((field) => old[field] !== now[field])
    .map((field) => ({
      field,
      parts: wordDiff(old[field], now[field]),
    }))
}

/** Word by word, what `before` lacks (added) and what `after` lacks (removed). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

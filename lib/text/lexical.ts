import type { Statement } from '@/payload-types'

/**
 * Statement bodies as Lexical JSON: the node types the editor writes, how a body's blocks are
 * walked, and the nodes built outside the editor (demo content, translations from XLIFF).
 */

export type RichTextDocument = NonNullable<Statement['body']>

/**
 * A node as stored. Payload's REST API also saves node types the editor has no feature for, and
 * fields of any shape, so readers check each field they use.
 */
export type LexicalNode = { type: string; version: number; [key: string]: unknown }

export type Direction = 'ltr' | 'rtl'

// The node types the statement editor can produce (fields/richText.ts and the Lexical core;
// tests/unit/editorContent.test.tsx holds the two together).
export const editorNodeTypes: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'list',
  'listitem',
  'quote',
  'text',
  'link',
  'autolink',
  'linebreak',
  'tab',
])

/** Lexical's format bits for the emphasis the editor makes. */
export const bold = 1
export const italic = 2

export type TextNode = {
  type: 'text'
  version: number
  text: string
  /** Lexical's format bits: bold, italic… */
  format: number
  detail: number
  mode: 'normal'
  style: string
}

/** A link's fields: an outside address (`custom`), or another statement (`internal`). */
export type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string
  newTab?: boolean
  /** Read with depth, the related document comes populated; without, as its id. */
  doc?: { relationTo?: string; value?: unknown } | null
}

/** `link` is made in the editor's link dialog; `autolink` from a typed address. */
export type LinkNode = {
  type: 'link' | 'autolink'
  version: number
  fields: LinkFields
  children: LexicalNode[]
  [key: string]: unknown
}

export function textNode(text: string, format = 0): TextNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' }
}

// Reading stored nodes.

export function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
}

/** A text node's text; none for any other node. */
export function textOf(node: LexicalNode): string {
  return typeof node.text === 'string' ? node.text : ''
}

/** A text node's format bits. */
export function formatOf(node: LexicalNode): number {
  return typeof node.format === 'number' ? node.format : 0
}

export function linkFieldsOf(node: LexicalNode): LinkFields {
  return (node.fields ?? {}) as LinkFields
}

export function isList(node: LexicalNode): boolean {
  return node.type === 'list'
}

/** A block's own inline content: the lists nested in a list item are blocks of their own. */
export function inlineOf(node: LexicalNode): LexicalNode[] {
  return childrenOf(node).filter((child) => !isList(child))
}

/**
 * A node of a body's block structure. `path` leads to it: its index among the root's children,
 * then among the items of each list it sits in; a list has the path its items extend. `depth`
 * is how many lists it sits in.
 */
export type Block = { node: LexicalNode; path: number[]; depth: number }

/**
 * The root's children, lists and their items, in reading order and as Lexical nests them: a
 * list holds items, an item may hold nested lists after its own text, and a list comes before
 * its items. The items of one item's nested lists are numbered together. Every child counts,
 * text or not, so a body and its translation give a block the same path.
 */
export function blocksOf(body: RichTextDocument): Block[] {
  const walk = (nodes: LexicalNode[], parent: number[], depth: number): Block[] =>
    nodes.flatMap((node, index) => {
      const path = [...parent, index]
      if (isList(node)) return [{ node, path, depth }, ...walk(childrenOf(node), path, depth + 1)]
      const nested = node.type === 'listitem' ? childrenOf(node).filter(isList) : []
      return [
        { node, path, depth },
        ...nested.map((list) => ({ node: list, path, depth })),
        ...walk(nested.flatMap(childrenOf), path, depth + 1),
      ]
    })
  return walk(body.root.children, [], 0)
}

import {
  bold,
  type Direction,
  type LexicalNode,
  type LinkNode,
  type RichTextDocument,
  textNode,
} from '@/lib/text/lexical'

/**
 * Builds Lexical documents from short paragraphs in which `[text](https://...)` marks a link
 * and `**text**` bold, so demo content reads as prose in the source.
 */

function linkNode(text: string, url: string): LinkNode {
  return {
    type: 'link',
    version: 3,
    direction: null,
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode(text)],
  }
}

function inline(source: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(source.slice(last, match.index)))
    if (match[1] && match[2]) {
      nodes.push(linkNode(match[1], match[2]))
    } else if (match[3]) {
      nodes.push(textNode(match[3], bold))
    }
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(textNode(source.slice(last)))
  return nodes
}

/** Paragraphs; one starting with `## ` is a heading. */
export function lexicalDocument(
  paragraphs: string[],
  direction: Direction = 'ltr',
): RichTextDocument {
  const children = paragraphs.map((paragraph) =>
    paragraph.startsWith('## ')
      ? {
          type: 'heading',
          tag: 'h2',
          version: 1,
          direction,
          format: '',
          indent: 0,
          children: inline(paragraph.slice(3)),
        }
      : {
          type: 'paragraph',
          version: 1,
          direction,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: inline(paragraph),
        },
  )
  return { root: { type: 'root', version: 1, direction, format: '', indent: 0, children } }
}

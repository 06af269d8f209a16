import type { Statement } from '@/payload-types'

type RichTextDocument = NonNullable<Statement['body']>

/**
 * Builds Lexical documents from short paragraphs in which `[text](https://...)` marks a link
 * and `**text**` bold, so demo content reads as prose in the source.
 */

const textNode = (text: string, format = 0) => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

function inline(source: string) {
  const nodes = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(source.slice(last, match.index)))
    if (match[1] && match[2]) {
      nodes.push({
        type: 'link',
        version: 3,
        direction: null,
        format: '',
        indent: 0,
        fields: { linkType: 'custom', url: match[2], newTab: false },
        children: [textNode(match[1])],
      })
    } else if (match[3]) {
      nodes.push(textNode(match[3], 1))
    }
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(textNode(source.slice(last)))
  return nodes
}

/** Paragraphs; one starting with `## ` is a heading. */
export function lexicalDocument(
  paragraphs: string[],
  direction: 'ltr' | 'rtl' = 'ltr',
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

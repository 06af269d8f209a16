import type { Element } from 'xml-js'

import {
  elementOf,
  linkCtype,
  partsOf,
  type XliffPart,
  type XliffValue,
} from '@/lib/translations/xliff/model'

/**
 * A segment's inline tags in TMX 1.4b: a format or a link is a <bpt>…<ept> pair, a line break or
 * another inline node a <ph>. `x` is the tag's id in the memory (the same in source and target,
 * as TMX means it); `type` is TMX's name for what the tag is; the native code inside <bpt> and
 * <ph> is what the tag means to Amicus (segmentKey.ts tagMeanings): the format's name, the link
 * with where it points, the inline node. Reading it back gives the same tags, so an exported
 * memory imported again matches the same segments.
 */

/** XLIFF ctype → TMX type, where TMX has its own word; other ctypes are `x-` names in both. */
const tmxTypes: Record<string, string> = {
  bold: 'bold',
  italic: 'italic',
  underlined: 'ulined',
  [linkCtype]: 'link',
  lb: 'lb',
}
const ctypes = Object.fromEntries(Object.entries(tmxTypes).map(([ctype, type]) => [type, ctype]))

// Formats TMX names: another tool's bold is a bold, whatever its native code says.
const namedFormats = new Set(['bold', 'italic', 'underlined'])

const ctypeOfTmxType = (type: string): string => ctypes[type] ?? type

/**
 * A text node for xml-js's writer, which turns `&amp;` in a text back into `&` before escaping
 * it ("desanitizing"): that would change a text that says `&amp;`, unless every `&` is escaped
 * first. Characters XML 1.0 cannot carry (control characters) are left out.
 */
export function textElement(value: string): Element {
  const xmlText = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  return { type: 'text', text: xmlText.replace(/&/g, '&amp;') }
}

/** An element for xml-js's writer, which escapes only `"` in attribute values. */
export function element(
  name: string,
  attributes: Record<string, string> = {},
  elements: Element[] = [],
): Element {
  const escaped = Object.entries(attributes).map(([key, value]) => [
    key,
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  ])
  return { type: 'element', name, attributes: Object.fromEntries(escaped), elements }
}

/** A segment as the contents of a TMX <seg>. */
export function segContents(value: XliffValue, meanings: Record<string, string>): Element[] {
  return partsOf(value).flatMap((part): Element[] => {
    if (typeof part === 'string') return part ? [textElement(part)] : []
    const { type, attributes } = elementOf(part)
    const id = attributes.id ?? ''
    const ctype = attributes.ctype ?? ''
    const tmxType = tmxTypes[ctype] ?? ctype
    const meaning = meanings[id] ?? ctype
    if (type === 'Standalone')
      return [element('ph', { x: id, type: tmxType }, [textElement(meaning)])]
    return [
      element('bpt', { i: id, x: id, type: tmxType }, [textElement(meaning)]),
      ...segContents(attributes.contents ?? '', meanings),
      element('ept', { i: id }),
    ]
  })
}

/** A <seg> read into the memory's model: the parts, and what each tag id means. */
export type ReadSegment = { value: XliffPart[]; tags: Record<string, ReadTag> }
export type ReadTag = { element: 'GenericSpan' | 'Standalone'; ctype: string; meaning: string }

/** The text of an element's direct text children (a native code), without its <sub>s. */
function ownText(node: Element): string {
  return (node.elements ?? [])
    .map((child) => (child.type === 'text' || child.type === 'cdata' ? contentOf(child) : ''))
    .join('')
}

function contentOf(node: Element): string {
  return String(node.type === 'cdata' ? (node.cdata ?? '') : (node.text ?? ''))
}

function isJsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
  } catch {
    return false
  }
}

/** What a <bpt> stands for, or null when it is nothing Amicus can rebuild. */
function pairedTag(node: Element): ReadTag | null {
  const ctype = ctypeOfTmxType(String(node.attributes?.type ?? ''))
  const code = ownText(node)
  if (ctype === linkCtype) {
    const fields = code.startsWith(`${linkCtype} `) ? code.slice(linkCtype.length + 1) : ''
    return isJsonObject(fields) ? { element: 'GenericSpan', ctype, meaning: code } : null
  }
  if (namedFormats.has(ctype) || (ctype.startsWith('x-') && code === ctype))
    return { element: 'GenericSpan', ctype, meaning: ctype }
  return null
}

/** What a <ph> stands for: an inline node of Amicus's, or null. */
function placeholderTag(node: Element): ReadTag | null {
  const type = node.attributes?.type
  const code = ownText(node)
  if (!type || !isJsonObject(code)) return null
  return { element: 'Standalone', ctype: ctypeOfTmxType(String(type)), meaning: code }
}

/**
 * A <seg>'s contents as the memory keeps them, or null when a tag is not one Amicus can rebuild
 * (another tool's code, an isolated <it>, pairs that overlap, a tag without an id, an id twice).
 */
export function readSeg(seg: Element): ReadSegment | null {
  const root: XliffPart[] = []
  const tags: Record<string, ReadTag> = {}
  const open: { i: string; contents: XliffPart[] }[] = [{ i: '', contents: root }]
  const push = (part: XliffPart) => {
    const contents = open[open.length - 1].contents
    const previous = contents.at(-1)
    if (typeof part === 'string' && typeof previous === 'string')
      contents[contents.length - 1] = previous + part
    else contents.push(part)
  }

  const walk = (nodes: Element[]): boolean =>
    nodes.every((node) => {
      if (node.type === 'text' || node.type === 'cdata') {
        push(contentOf(node))
        return true
      }
      if (node.type !== 'element') return true // comments
      const attributes = node.attributes ?? {}
      // A highlight marks words (a term, say) without being a code: its words are the segment's.
      if (node.name === 'hi') return walk(node.elements ?? [])
      if (node.name === 'bpt') {
        const i = String(attributes.i ?? '')
        const id = String(attributes.x ?? i)
        const tag = pairedTag(node)
        if (!i || !id || !tag || id in tags) return false
        tags[id] = tag
        const contents: XliffPart[] = []
        push({ GenericSpan: { id, ctype: tag.ctype, contents } })
        open.push({ i, contents })
        return true
      }
      if (node.name === 'ept') {
        if (open.length === 1 || String(attributes.i ?? '') !== open[open.length - 1].i)
          return false
        open.pop()
        return true
      }
      if (node.name === 'ph') {
        const id = String(attributes.x ?? '')
        const tag = placeholderTag(node)
        if (!id || !tag || id in tags) return false
        tags[id] = tag
        push({ Standalone: { id, ctype: tag.ctype } })
        return true
      }
      return false
    })

  if (!walk(seg.elements ?? []) || open.length !== 1) return null
  return { value: root, tags }
}

/** A <seg>'s words without its codes: what is kept of a segment whose tags cannot be read. */
export function segWords(node: Element): string {
  return (node.elements ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'cdata') return contentOf(child)
      return child.type === 'element' && child.name === 'hi' ? segWords(child) : ''
    })
    .join('')
}

import {
  elementOf,
  type InlineTag,
  lineBreakCtype,
  linkCtype,
  partsOf,
  plainText,
  type Segment,
  type XliffValue,
} from './model'

/**
 * Whether a target keeps the source's inline tags: links, formatting and line breaks are the
 * translator's to move, not to add, lose, retype or nest in a link.
 */

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
export function tagProblems(segment: Segment, target: XliffValue): string[] {
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
  // A lost link is the shared link rule's to report (see linkErrors in validate.ts), in the admin's words.
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

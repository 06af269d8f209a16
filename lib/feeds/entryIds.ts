import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'

/**
 * Atom ids for the feeds and their entries. A feed reader takes a new id for a new entry, so an id
 * names what the entry is about (a reaction, a statement, a change of stance) and the language,
 * never an address: slugs and the site's host may change, the id must not.
 *
 * Atom wants an IRI. A name-based UUID (RFC 9562, version 5) turns a name like
 * `reaction-12-fr` into one that is valid anywhere, without claiming a domain as a tag: URI
 * would; the same name always gives the same id.
 */

/** The namespace of Amicus's feed ids, drawn at random once: changing it renames every entry. */
const namespace = '3f0c6a52-8d71-4c1e-9b56-2a4f1e7d9c08'

/** The version 5 UUID of `name` in `namespaceId`, as a `urn:uuid:` URI. */
export function nameBasedUrn(name: string, namespaceId: string = namespace): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespaceId.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export const feedIds = {
  /** A State's feed: its code, which its address also carries. */
  state: (iso2: string, locale: Locale) => nameBasedUrn(`state-${iso2.toLowerCase()}-${locale}`),
  /** A topic's feed: its number, since its slug may be renamed. */
  topic: (topicId: number, locale: Locale) => nameBasedUrn(`topic-${topicId}-${locale}`),
  stanceChanges: (locale: Locale) => nameBasedUrn(`stance-changes-${locale}`),
}

export const entryIds = {
  reaction: (reactionId: number, locale: Locale) =>
    nameBasedUrn(`reaction-${reactionId}-${locale}`),
  statement: (statementId: number, locale: Locale) =>
    nameBasedUrn(`statement-${statementId}-${locale}`),
  /** A change: the State and the first reaction of its new stance, which a later change never shares. */
  stanceChange: (iso2: string, firstReactionId: number, locale: Locale) =>
    nameBasedUrn(`stance-change-${iso2.toLowerCase()}-${firstReactionId}-${locale}`),
}

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { sourceLocale } from '@/i18n/locales'
import { sourceRevision, sourceTextOf } from '@/lib/translations/source'
import type { Statement } from '@/payload-types'

/**
 * What a locale of a statement derives from its text, written beside it by every write: a save
 * through Payload (collections/Statements) and an accepted translation (lib/translations/accept.ts).
 * The body as plain text serves full-text search and excerpts.
 */
export function derivedLocaleFields({
  body,
}: Pick<Statement, 'body'>): Required<Pick<Statement, 'searchText'>> {
  return { searchText: body ? convertLexicalToPlaintext({ data: body }) : null }
}

type SavedText = Partial<Pick<Statement, 'title' | 'standfirst' | 'body' | 'meta' | '_status'>>

/**
 * The fingerprint of the published source text and when it last changed, when a save in `locale`
 * changes it; null otherwise. A translation made from another fingerprint is outdated, and readers
 * are told since when. Drafts do not count: readers of a translation compare it with the original
 * they can read.
 */
export function sourceRevisionChange(
  locale: string | null | undefined,
  data: SavedText,
  previousRevision: string | null | undefined,
): Required<Pick<Statement, 'sourceRevision' | 'sourceUpdatedAt'>> | null {
  if (locale !== sourceLocale || data._status !== 'published') return null
  const revision = sourceRevision(
    sourceTextOf({
      title: data.title ?? '',
      standfirst: data.standfirst,
      body: data.body,
      meta: data.meta,
    }),
  )
  if (revision === previousRevision) return null
  return { sourceRevision: revision, sourceUpdatedAt: new Date().toISOString() }
}

import { unstable_cache } from 'next/cache'

import { type Locale, sourceLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { editorNodesOnly } from '@/lib/text/editorNodes'
import type { Media, Statement, Topic, User } from '@/payload-types'

import { payloadClient } from './payload'
import { availableVersions, type StatementCard } from './statements'

/**
 * One published statement as its page shows it, or its latest draft for the editor's preview.
 * Published reads run with the access rules of an anonymous visitor (overrideAccess: false).
 */

export type StatementDetail = Omit<
  Statement,
  'topics' | 'heroImage' | 'attachments' | 'relatedStatements'
> & {
  topics: Topic[]
  heroImage: Media | null
  attachments: Media[]
  relatedStatements: StatementCard[]
}

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** A statement document as its page shows it: relations resolved, related statements' addresses. */
export async function toDetail(doc: Statement, locale: Locale): Promise<StatementDetail> {
  const related = populated(doc.relatedStatements).filter((item) => item._status === 'published')
  const versions = await Promise.all(related.map((item) => availableVersions(item.id)))
  return {
    ...doc,
    body: editorNodesOnly(doc.body),
    topics: populated(doc.topics),
    heroImage: typeof doc.heroImage === 'object' ? (doc.heroImage ?? null) : null,
    attachments: populated(doc.attachments),
    relatedStatements: related.map((item, index) => {
      const contentLocale = versions[index][locale] ? locale : sourceLocale
      return {
        id: item.id,
        title: item.title,
        slug: versions[index][contentLocale] ?? item.slug ?? '',
        standfirst: item.standfirst ?? null,
        publishedAt: item.publishedAt,
        kind: item.kind,
        contentLocale,
      }
    }),
  }
}

/** One statement with its relations, published (anonymous) or latest draft (as `user`). */
async function findStatement(
  locale: Locale,
  id: number,
  as: { draft: false } | { draft: true; user: User },
) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'statements',
    locale,
    ...as,
    overrideAccess: false,
    depth: 1,
    limit: 1,
    // The admin's list of its signatures is not the page's: signatories come from lib/data/signatories.ts.
    joins: false,
    where: { id: { equals: id } },
  })
  return docs[0] ? toDetail(docs[0], locale) : null
}

/** Everything a statement page shows, in the reader's language with the original standing in. */
export function getStatement(locale: Locale, id: number): Promise<StatementDetail | null> {
  return unstable_cache(
    () => findStatement(locale, id, { draft: false }),
    ['statements:detail', locale, String(id)],
    {
      tags: [cacheTags.statement(id), cacheTags.statementPages],
    },
  )()
}

/** The latest draft, for the editor's live preview: read with that editor's access, never cached. */
export function getStatementDraft(
  locale: Locale,
  id: number,
  user: User,
): Promise<StatementDetail | null> {
  return findStatement(locale, id, { draft: true, user })
}

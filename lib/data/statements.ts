import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { type Locale, localeCodes, sourceLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { editorNodesOnly } from '@/lib/text/editorNodes'
import type { StatementKind } from '@/lib/statementKinds'
import type { Media, Statement, Topic, User } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * Published statements as readers see them. Every query runs with the access rules of an
 * anonymous visitor (overrideAccess: false), so drafts cannot leak through a page.
 */

export type StatementCard = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  publishedAt: string
  kind: StatementKind
  /** The language the title and standfirst are in: the reader's, or the original's. */
  contentLocale: Locale
}

type LocalizedText = Partial<Record<Locale, string | null>>

// Read with `locale: 'all'`, localized fields come back as one value per locale. Payload's
// generated types describe a single locale, hence the casts to this shape below.
type AllLocalesCard = {
  id: number
  title: LocalizedText
  slug: LocalizedText
  standfirst?: LocalizedText | null
  publishedAt: string
  kind: StatementKind
  localeVersions?: Statement['localeVersions']
}

/**
 * Whether readers of `code` get their own version: the original always, another language once
 * a translation into it was accepted (which is what publishes a language, see lib/translations).
 */
function hasVersion(
  doc: Pick<AllLocalesCard, 'title' | 'slug' | 'localeVersions'>,
  code: Locale,
): boolean {
  if (!doc.title[code] || !doc.slug[code]) return false
  return (
    code === sourceLocale || Boolean(doc.localeVersions?.some((entry) => entry.locale === code))
  )
}

function versionSlugs(
  doc: Pick<AllLocalesCard, 'title' | 'slug' | 'localeVersions'>,
): Partial<Record<Locale, string>> {
  const versions: Partial<Record<Locale, string>> = {}
  for (const code of localeCodes)
    if (hasVersion(doc, code)) versions[code] = doc.slug[code] ?? undefined
  return versions
}

/** The reader's version when there is one, else the original (English). */
function toCard(doc: AllLocalesCard, locale: Locale): StatementCard {
  const contentLocale = hasVersion(doc, locale) ? locale : sourceLocale
  return {
    id: doc.id,
    title: doc.title[contentLocale] ?? '',
    slug: doc.slug[contentLocale] ?? '',
    standfirst: doc.standfirst?.[contentLocale] ?? null,
    publishedAt: doc.publishedAt,
    kind: doc.kind,
    contentLocale,
  }
}

const cardSelect = {
  title: true,
  slug: true,
  standfirst: true,
  publishedAt: true,
  kind: true,
  localeVersions: true,
} as const

export type StatementFilters = { kind?: StatementKind; topic?: number; year?: number; page: number }
export type StatementPage = {
  items: StatementCard[]
  page: number
  totalPages: number
  totalDocs: number
}

export const statementsPerPage = 10

function filtersToWhere({ kind, topic, year }: StatementFilters): Where {
  const and: Where[] = []
  if (kind) and.push({ kind: { equals: kind } })
  if (topic) and.push({ topics: { in: [topic] } })
  if (year) {
    and.push({ publishedAt: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } })
    and.push({ publishedAt: { less_than: `${year + 1}-01-01T00:00:00.000Z` } })
  }
  return { and }
}

/** One page of published statements, newest first, in the reader's language where it exists. */
export const listStatements = unstable_cache(
  async (
    locale: Locale,
    filters: StatementFilters,
    perPage: number = statementsPerPage,
  ): Promise<StatementPage> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'statements',
      locale: 'all',
      draft: false,
      overrideAccess: false,
      depth: 0,
      where: filtersToWhere(filters),
      sort: '-publishedAt',
      limit: perPage,
      page: filters.page,
      select: cardSelect,
    })
    return {
      items: (result.docs as unknown as AllLocalesCard[]).map((doc) => toCard(doc, locale)),
      page: result.page ?? filters.page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  ['statements:list'],
  { tags: [cacheTags.statementLists] },
)

/** Years that have published statements, newest first, for the index filter. */
export const listStatementYears = unstable_cache(
  async (): Promise<number[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'statements',
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { publishedAt: true },
    })
    return [...new Set(docs.map((doc) => new Date(doc.publishedAt).getUTCFullYear()))].sort(
      (a, b) => b - a,
    )
  },
  ['statements:years'],
  { tags: [cacheTags.statementLists] },
)

/** The slug of a statement in each locale that has its own version of it; none when it is not published. */
async function readVersions(id: number): Promise<Partial<Record<Locale, string>>> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'statements',
    locale: 'all',
    draft: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    where: { id: { equals: id } },
    select: { title: true, slug: true, localeVersions: true },
  })
  const doc = docs[0] as unknown as
    Pick<AllLocalesCard, 'title' | 'slug' | 'localeVersions'> | undefined
  return doc ? versionSlugs(doc) : {}
}

/** The published statement an address leads to, and the slug of its page in the address's locale. */
export type StatementAddress = { id: number; slug: string }

/**
 * Which published statement `slug` names in `locale` (its own slug there, a slug it has in
 * another language, or an old slug kept as a redirect) and the slug its page has in `locale`:
 * this locale's own, or the original's when this locale has no version. The proxy redirects
 * every other address there.
 */
export const findStatementAddress = unstable_cache(
  async (locale: Locale, slug: string): Promise<StatementAddress | null> => {
    const payload = await payloadClient()
    const lookIn = async (where: Locale) => {
      const { docs } = await payload.find({
        collection: 'statements',
        locale: where,
        draft: false,
        overrideAccess: false,
        depth: 0,
        limit: 1,
        where: { slug: { equals: slug } },
        select: { slug: true },
      })
      return docs[0]?.id
    }
    const redirectTarget = async () => {
      const { docs } = await payload.find({
        collection: 'redirects',
        overrideAccess: true,
        depth: 0,
        limit: 1,
        where: { locale: { equals: locale }, from: { equals: slug } },
      })
      const target = docs[0]?.statement
      return typeof target === 'number' ? target : undefined
    }
    let id: number | undefined
    for (const where of [locale, ...localeCodes.filter((code) => code !== locale)]) {
      id = await lookIn(where)
      if (id !== undefined) break
    }
    id ??= await redirectTarget()
    if (id === undefined) return null
    const versions = await readVersions(id)
    const own = versions[locale] ?? versions[sourceLocale]
    return own ? { id, slug: own } : null
  },
  ['statements:address'],
  { tags: [cacheTags.statementSlugs] },
)

/** The slug of a statement in each locale that has its own version of it. */
export function availableVersions(id: number): Promise<Partial<Record<Locale, string>>> {
  return unstable_cache(() => readVersions(id), ['statements:versions', String(id)], {
    tags: [cacheTags.statement(id), cacheTags.statementSlugs],
  })()
}

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

async function toDetail(doc: Statement, locale: Locale): Promise<StatementDetail> {
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

export type SitemapEntry = { versions: Partial<Record<Locale, string>>; updatedAt: string }

type VersionRow = { id: number; updated_at: Date | string; locale: Locale; slug: string }

/**
 * Every published statement with its slug in each locale that has a version (for sitemaps),
 * newest first. One query rather than Payload's `find`, which takes seconds over ten thousand
 * statements; "published in a locale" as everywhere else: the original always, another
 * language once a translation into it was accepted (statements_locale_versions).
 */
export const listStatementVersions = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await payloadClient()
    const { rows } = await payload.db.drizzle.execute<VersionRow>(sql`
      SELECT s.id, s.updated_at, l._locale::text AS locale, l.slug
      FROM statements s
      JOIN statements_locales l ON l._parent_id = s.id AND l.title IS NOT NULL AND l.slug IS NOT NULL
      WHERE s._status = 'published'
        AND (l._locale::text = ${sourceLocale}
          OR EXISTS (SELECT 1 FROM statements_locale_versions v WHERE v._parent_id = s.id AND v.locale::text = l._locale::text))
      ORDER BY s.published_at DESC, s.id`)
    const entries = new Map<number, SitemapEntry>()
    for (const row of rows) {
      const entry = entries.get(row.id) ?? {
        versions: {},
        updatedAt: new Date(row.updated_at).toISOString(),
      }
      entry.versions[row.locale] = row.slug
      entries.set(row.id, entry)
    }
    return [...entries.values()]
  },
  ['statements:sitemap'],
  { tags: [cacheTags.statementLists] },
)

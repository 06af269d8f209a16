import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { type Locale, localeCodes, sourceLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import type { StatementKind } from '@/lib/statementKinds'
import { inAllLocales, type StatementAllLocales } from '@/lib/statements/allLocales'

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

type AllLocalesCard = Pick<
  StatementAllLocales,
  'id' | 'title' | 'slug' | 'standfirst' | 'publishedAt' | 'kind' | 'localeVersions'
>
type AllLocalesVersions = Pick<StatementAllLocales, 'title' | 'slug' | 'localeVersions'>

/**
 * Whether readers of `code` get their own version: the original always, another language once
 * a translation into it was accepted (which is what publishes a language, see lib/translations).
 */
function hasVersion(doc: AllLocalesVersions, code: Locale): boolean {
  if (!doc.title[code] || !doc.slug?.[code]) return false
  return (
    code === sourceLocale || Boolean(doc.localeVersions?.some((entry) => entry.locale === code))
  )
}

function versionSlugs(doc: AllLocalesVersions): Partial<Record<Locale, string>> {
  const versions: Partial<Record<Locale, string>> = {}
  for (const code of localeCodes)
    if (hasVersion(doc, code)) versions[code] = doc.slug?.[code] ?? undefined
  return versions
}

/** The reader's version when there is one, else the original (English). */
export function toCard(doc: AllLocalesCard, locale: Locale): StatementCard {
  const contentLocale = hasVersion(doc, locale) ? locale : sourceLocale
  return {
    id: doc.id,
    title: doc.title[contentLocale] ?? '',
    slug: doc.slug?.[contentLocale] ?? '',
    standfirst: doc.standfirst?.[contentLocale] ?? null,
    publishedAt: doc.publishedAt,
    kind: doc.kind,
    contentLocale,
  }
}

export const cardSelect = {
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
      items: result.docs.map((doc) => toCard(inAllLocales(doc), locale)),
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
  return docs[0] ? versionSlugs(inAllLocales(docs[0])) : {}
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

import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'

import { type Locale, localeCodes, sourceLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import type { StatementKind } from '@/lib/statementKinds'
import { inAllLocales, type StatementAllLocales } from '@/lib/statements/allLocales'

import { payloadClient } from './payload'
import { type OrderEntry, publishedOrder } from './statementOrder'

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

function matches(entry: OrderEntry, { kind, topic, year }: StatementFilters): boolean {
  return (
    (!kind || entry.kind === kind) &&
    (!topic || entry.topics.includes(topic)) &&
    (!year || entry.year === year)
  )
}

/**
 * One page of published statements, newest first, in the reader's language where it exists:
 * the page's ids by position in the published order, then those statements' cards.
 */
export const listStatements = unstable_cache(
  async (
    locale: Locale,
    filters: StatementFilters,
    perPage: number = statementsPerPage,
  ): Promise<StatementPage> => {
    const matching = (await publishedOrder()).filter((entry) => matches(entry, filters))
    const start = (filters.page - 1) * perPage
    const ids = matching.slice(start, start + perPage).map((entry) => entry.id)
    const payload = await payloadClient()
    const { docs } = ids.length
      ? await payload.find({
          collection: 'statements',
          locale: 'all',
          draft: false,
          overrideAccess: false,
          depth: 0,
          where: { id: { in: ids } },
          pagination: false,
          select: cardSelect,
        })
      : { docs: [] }
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    return {
      items: ids.flatMap((id) => {
        const doc = byId.get(id)
        return doc ? [toCard(inAllLocales(doc), locale)] : []
      }),
      page: filters.page,
      totalPages: Math.ceil(matching.length / perPage),
      totalDocs: matching.length,
    }
  },
  ['statements:list'],
  { tags: [cacheTags.statementLists, cacheTags.topics] },
)

/** Years that have published statements, newest first, for the index filter. */
export async function listStatementYears(): Promise<number[]> {
  const years = new Set<number>()
  for (const entry of await publishedOrder()) if (entry.year) years.add(entry.year)
  return [...years].sort((a, b) => b - a)
}

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

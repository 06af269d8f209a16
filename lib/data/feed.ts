import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { type Locale, sourceLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/data/payload'

export type FeedItem = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  publishedAt: string
}

/**
 * The `limit` newest statements published in `locale`: every published one in the original's
 * language, in another once a translation into it was accepted (lib/translations). The database
 * picks them, so a language few statements are translated into still gets a full feed. With
 * `topic`, only the statements filed under that topic.
 */
export const statementsPublishedIn = unstable_cache(
  async (locale: Locale, limit: number, topic?: number): Promise<FeedItem[]> => {
    const inLocale: Where =
      locale === sourceLocale ? {} : { 'localeVersions.locale': { equals: locale } }
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'statements',
      locale,
      fallbackLocale: false,
      draft: false,
      overrideAccess: false,
      depth: 0,
      where: topic === undefined ? inLocale : { and: [inLocale, { topics: { in: [topic] } }] },
      sort: '-publishedAt',
      limit,
      pagination: false,
      select: { title: true, slug: true, standfirst: true, publishedAt: true },
    })
    return docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      slug: doc.slug ?? '',
      standfirst: doc.standfirst ?? null,
      publishedAt: doc.publishedAt,
    }))
  },
  ['statements:feed'],
  { tags: [cacheTags.statementLists] },
)

import { unstable_cache } from 'next/cache'

import { type Locale, localeCodes } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'

import { payloadClient } from './payload'

export type TopicSummary = { id: number; name: string; slug: string; description: string | null }

/** Every topic, named in the reader's language (English standing in), alphabetically. */
export const listTopics = unstable_cache(
  async (locale: Locale): Promise<TopicSummary[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      sort: 'name',
      select: { name: true, slug: true, description: true },
    })
    return docs.map(({ id, name, slug, description }) => ({
      id,
      name,
      slug: slug ?? String(id),
      description: description ?? null,
    }))
  },
  ['topics:list'],
  { tags: [cacheTags.topics] },
)

export async function findTopicBySlug(locale: Locale, slug: string): Promise<TopicSummary | null> {
  const topics = await listTopics(locale)
  return topics.find((topic) => topic.slug === slug) ?? null
}

/** A topic's slug in every locale (names fall back to English, and so do slugs). */
export async function topicSlugs(id: number): Promise<Partial<Record<Locale, string>>> {
  const entries = await Promise.all(
    localeCodes.map(
      async (code) =>
        [code, (await listTopics(code)).find((topic) => topic.id === id)?.slug] as const,
    ),
  )
  return Object.fromEntries(entries.filter(([, slug]) => slug))
}

/** Every topic's slug in every locale (for sitemaps). */
export async function listTopicSlugs(): Promise<Partial<Record<Locale, string>>[]> {
  const lists = await Promise.all(
    localeCodes.map(async (code) => [code, await listTopics(code)] as const),
  )
  const byId = new Map<number, Partial<Record<Locale, string>>>()
  for (const [code, topics] of lists) {
    for (const topic of topics) byId.set(topic.id, { ...byId.get(topic.id), [code]: topic.slug })
  }
  return [...byId.values()]
}

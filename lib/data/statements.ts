import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'

export type StatementSummary = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  publishedAt: string
}

/** The newest published statements, as a reader in `locale` sees them. */
export function listLatestStatements(locale: Locale, limit = 10): Promise<StatementSummary[]> {
  return unstable_cache(
    async () => {
      const payload = await getPayload({ config })
      const { docs } = await payload.find({
        collection: 'statements',
        locale,
        draft: false,
        // Read as an anonymous visitor: the collection's own access rule hides drafts.
        overrideAccess: false,
        depth: 0,
        limit,
        sort: '-publishedAt',
        select: { title: true, slug: true, standfirst: true, publishedAt: true },
      })
      return docs.map(({ id, title, slug, standfirst, publishedAt }) => ({
        id,
        title,
        slug,
        standfirst: standfirst ?? null,
        publishedAt,
      }))
    },
    ['statements:latest', locale, String(limit)],
    { tags: [cacheTags.statements(locale)] },
  )()
}

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { FeedItem } from '@/lib/data/feed'
import type { TopicSummary } from '@/lib/data/topics'
import { paths } from '@/lib/paths'

import { absoluteUrl } from './addresses'
import { atomXml, textIn } from './atom'
import { entryIds, feedIds } from './entryIds'

/**
 * A topic's statements published in `locale` as an Atom feed, newest first. The feed's id and its
 * entries' name the topic and statements by number: renaming either changes links, not ids.
 */
export async function topicFeedXml(
  locale: Locale,
  topic: TopicSummary,
  statements: FeedItem[],
): Promise<string> {
  const [t, tMetadata] = await Promise.all([
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ])
  return atomXml({
    locale,
    id: feedIds.topic(topic.id, locale),
    title: t('topicTitle', { topic: topic.name }),
    subtitle: t('topicSubtitle', { topic: topic.name }),
    page: absoluteUrl(locale, paths.topic(topic.slug)),
    self: absoluteUrl(locale, paths.topicFeed(topic.slug)),
    author: tMetadata('siteName'),
    entries: statements.map((statement) => ({
      id: entryIds.statement(statement.id, locale),
      title: statement.title,
      link: absoluteUrl(locale, paths.statement(statement.slug)),
      summaryHtml: statement.standfirst ? textIn('p', statement.standfirst) : '',
      date: new Date(statement.publishedAt),
    })),
  })
}

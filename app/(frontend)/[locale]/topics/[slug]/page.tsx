import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FeedLink } from '@/components/FeedLink'
import { StatementList } from '@/components/StatementList'
import { listStatements } from '@/lib/data/statements'
import { findTopicBySlug, topicSlugs } from '@/lib/data/topics'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const topic = await findTopicBySlug(locale, decodeSegment((await params).slug) ?? notFound())
  if (!topic) notFound()
  return { locale, topic }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic } = await load(params)
  const [slugs, t] = await Promise.all([
    topicSlugs(topic.id),
    getTranslations({ locale, namespace: 'Feeds' }),
  ])
  const pathByLocale = Object.fromEntries(
    Object.entries(slugs).map(([code, slug]) => [code, paths.topic(slug)]),
  )
  return {
    title: topic.name,
    description: topic.description ?? undefined,
    alternates: alternatesFor(locale, pathByLocale, {
      path: paths.topicFeed(topic.slug),
      title: t('topicTitle', { topic: topic.name }),
    }),
  }
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic } = await load(params)
  const [t, statements] = await Promise.all([
    getTranslations({ locale, namespace: 'TopicPage' }),
    listStatements(locale, { topic: topic.id, page: 1 }, 50),
  ])
  return (
    <>
      <header className="page-intro">
        <h1>{topic.name}</h1>
        {topic.description && <p>{topic.description}</p>}
      </header>
      <h2>{t('statements')}</h2>
      <FeedLink locale={locale} feed="topic" path={paths.topicFeed(topic.slug)} />
      {statements.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <StatementList statements={statements.items} locale={locale} />
      )}
    </>
  )
}

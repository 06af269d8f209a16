import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { localeCodes } from '@/i18n/locales'
import { statementsPublishedIn } from '@/lib/data/feed'
import { findTopicBySlug } from '@/lib/data/topics'
import { atomResponse, feedSize } from '@/lib/feeds/atom'
import { topicFeedXml } from '@/lib/feeds/topicFeed'
import { decodeSegment } from '@/lib/locale'

type Params = { params: Promise<{ locale: string; slug: string }> }

/** A topic's statements published in the language, as an Atom feed, at its slug in that language. */
export async function GET(_request: Request, { params }: Params) {
  const { locale, slug } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Unknown language.', { status: 404 })
  const text = decodeSegment(slug)
  const topic = text === null ? null : await findTopicBySlug(locale, text)
  if (!topic) {
    const t = await getTranslations({ locale, namespace: 'Feeds' })
    return new Response(t('unknownTopic', { slug: text ?? slug }), { status: 404 })
  }
  // Like the site-wide feed, a language lists only the statements published in it.
  const statements = await statementsPublishedIn(locale, feedSize, topic.id)
  return atomResponse(await topicFeedXml(locale, topic, statements))
}

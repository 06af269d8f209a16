import { Feed } from 'feed'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { localeCodes } from '@/i18n/locales'
import { statementsPublishedIn } from '@/lib/data/feed'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'

const feedSize = 20

/**
 * An item's id for life: the statement and the language, never its address, so that a renamed
 * statement is not a new item to feed readers.
 */
const itemId = (locale: string, id: number) => `statement-${id}-${locale}`

/** RSS 2.0: the latest statements that exist in this language, with the feed's own address (atom:link rel=self). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Unknown language.', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  // Untranslated statements appear in lists with the original; a feed in a language lists only its own.
  const own = await statementsPublishedIn(locale, feedSize)
  const absolute = (path: string) => new URL(path, env.NEXT_PUBLIC_SERVER_URL).toString()

  const feed = new Feed({
    id: absolute(localized(locale, '/')),
    title: t('siteName'),
    description: t('description'),
    link: absolute(localized(locale, '/')),
    language: locale,
    copyright: t('siteName'),
    generator: false,
    updated: own[0] ? new Date(own[0].publishedAt) : undefined,
    feedLinks: { rss: absolute(localized(locale, '/feed.xml')) },
  })
  for (const item of own) {
    const url = absolute(localized(locale, paths.statement(item.slug)))
    feed.addItem({
      id: itemId(locale, item.id),
      link: url,
      title: item.title,
      description: item.standfirst ?? undefined,
      date: new Date(item.publishedAt),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}

import { getTranslations } from 'next-intl/server'

import { LocaleLinks } from '@/components/LocaleLinks'
import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { localeCodes } from '@/i18n/locales'
import { findTopicBySlug, topicSlugs } from '@/lib/data/topics'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

/** On a topic, each language leads to the topic's slug in that language. (The page handles unknown slugs.) */
export default async function TopicSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const raw = (await params).slug
  const slug = decodeSegment(raw)
  const topic = slug ? await findTopicBySlug(locale, slug) : null
  if (!topic) return <LocaleSwitcher current={locale} segments={['topics', raw]} />

  const slugs = await topicSlugs(topic.id)
  const links = localeCodes.map((code) => ({
    code,
    href: localized(code, paths.topic(slugs[code] ?? topic.slug)),
  }))
  return (
    <LocaleLinks
      current={locale}
      label={t('label')}
      originalLabel={t('originalOnly')}
      links={links}
    />
  )
}

import { getTranslations } from 'next-intl/server'

import { LocaleLinks } from '@/components/LocaleLinks'
import { localeCodes } from '@/i18n/locales'
import { findTopicBySlug, topicSlugs } from '@/lib/data/topics'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'
import { indexQueryString, readIndexQuery } from '@/lib/statements/indexQuery'

type Props = { params: Promise<{ locale: string; view: string }> }

export function generateStaticParams() {
  return []
}

/**
 * A view of the statements index (`statements?…`, which the proxy sends to this internal
 * address): each language leads to the same question, its topic by that language's address.
 */
export default async function IndexViewSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const query = readIndexQuery(new URLSearchParams(decodeSegment((await params).view) ?? ''))
  const topic = query.topic ? await findTopicBySlug(locale, query.topic) : null
  const slugs = topic ? await topicSlugs(topic.id) : {}
  const links = localeCodes.map((code) => {
    const search = indexQueryString({ ...query, topic: slugs[code] })
    return { code, href: localized(code, paths.statements) + (search ? `?${search}` : '') }
  })
  return (
    <LocaleLinks
      current={locale}
      label={t('label')}
      originalLabel={t('originalOnly')}
      links={links}
    />
  )
}

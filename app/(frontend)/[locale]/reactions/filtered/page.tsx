import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { TrackerView } from '@/components/reactions/TrackerView'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  // Filtered views are variations of one page: search engines index the default view.
  return { title: t('title'), description: t('description'), alternates: alternatesFor(locale, everyLocale(paths.reactions)), robots: { index: false } }
}

/**
 * The tracker with GET filters (`/[locale]/reactions?stance=…` is rewritten here by the proxy):
 * rendered on every request, since every combination of filters is its own view.
 */
export default async function FilteredReactionsPage({ params, searchParams }: Props) {
  return <TrackerView locale={await pageLocale(params)} searchParams={await searchParams} />
}

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { TrackerView } from '@/components/reactions/TrackerView'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// The default view, which most readers open, is rendered once and cached until a reaction or
// State changes (tags), and at least hourly, because the counts are as of today. Filtered views
// are the proxy's rewrite to ./filtered.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return { title: t('title'), description: t('description'), alternates: alternatesFor(locale, everyLocale(paths.reactions)) }
}

export default async function ReactionsPage({ params }: Props) {
  return <TrackerView locale={await pageLocale(params)} searchParams={{}} />
}

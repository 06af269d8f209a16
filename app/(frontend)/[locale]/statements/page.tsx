import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { StatementsIndex } from '@/components/StatementsIndex'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'StatementsIndex' })
  return { title: t('title'), alternates: alternatesFor(locale, everyLocale(paths.statements)) }
}

/**
 * The index's default view, what every header's "Statements" opens: cached like a statement
 * page until a statement or topic changes. Filters and further pages are other addresses of
 * the same page (`statement-lists/[view]`, where the proxy sends them).
 */
export default async function StatementsIndexPage({ params }: Props) {
  return <StatementsIndex locale={await pageLocale(params)} query={{ page: 1 }} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { StatementsIndex } from '@/components/StatementsIndex'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import { indexQueryString, readIndexQuery } from '@/lib/statements/indexQuery'

type Props = { params: Promise<{ locale: string; view: string }> }

// Each view is rendered on its first request and cached, like the default view, until a
// statement or topic changes.
export function generateStaticParams() {
  return []
}

/**
 * The statements index with filters or past page 1: `/[locale]/statements?page=2` is rewritten
 * here by the proxy, with the question spelled one way (lib/statements/indexQuery.ts) as this
 * page's last segment, so each question is one cached page. Other spellings are not pages.
 */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const view = decodeSegment((await params).view) ?? notFound()
  const query = readIndexQuery(new URLSearchParams(view))
  // The rewrite passes the question as the proxy spelled it, a topic's letters %-escaped.
  if (decodeSegment(indexQueryString(query)) !== view) notFound()
  return { locale, query }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await load(params)
  const t = await getTranslations({ locale, namespace: 'StatementsIndex' })
  return { title: t('title'), alternates: alternatesFor(locale, everyLocale(paths.statements)) }
}

export default async function StatementsIndexView({ params }: Props) {
  const { locale, query } = await load(params)
  return <StatementsIndex locale={locale} query={query} />
}

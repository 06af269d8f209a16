import type { Metadata } from 'next'

import { sourceLocale, type Locale } from '@/i18n/locales'
import type { StatementDetail } from '@/lib/data/statementDetail'
import { localized, paths } from '@/lib/paths'

import { alternatesFor } from './alternates'

/** Title, description, canonical, hreflang alternates (only locales with a version) and social cards. */
export function statementMetadata(
  locale: Locale,
  statement: StatementDetail,
  versions: Partial<Record<Locale, string>>,
): Metadata {
  const url = (code: Locale) => localized(code, paths.statement(versions[code] ?? ''))
  const canonicalLocale = versions[locale] ? locale : sourceLocale
  const pathByLocale = Object.fromEntries(
    Object.entries(versions).map(([code, slug]) => [code, paths.statement(slug)]),
  )

  const title = statement.meta?.title || statement.title
  const description = statement.meta?.description || statement.standfirst || undefined
  const image =
    (typeof statement.meta?.image === 'object' && statement.meta.image) || statement.heroImage
  const images = image?.url ? [{ url: image.url, alt: image.alt ?? undefined }] : undefined

  return {
    title,
    description,
    alternates: alternatesFor(locale, pathByLocale),
    openGraph: {
      type: 'article',
      title,
      description,
      url: url(canonicalLocale),
      locale,
      publishedTime: statement.publishedAt,
      modifiedTime: statement.updatedAt,
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description },
  }
}

import type { Metadata } from 'next'

import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
import type { StatementDetail } from '@/lib/data/statements'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'

/** Title, description, canonical, hreflang alternates (only locales with a version) and social cards. */
export function statementMetadata(
  locale: Locale,
  statement: StatementDetail,
  versions: Partial<Record<Locale, string>>,
): Metadata {
  const url = (code: Locale) => localized(code, paths.statement(versions[code] ?? ''))
  const canonicalLocale = versions[locale] ? locale : defaultLocale
  const languages: Record<string, string> = {}
  for (const code of localeCodes) if (versions[code]) languages[code] = url(code)
  if (versions[defaultLocale]) languages['x-default'] = url(defaultLocale)

  const title = statement.meta?.title || statement.title
  const description = statement.meta?.description || statement.standfirst || undefined
  const image = (typeof statement.meta?.image === 'object' && statement.meta.image) || statement.heroImage
  const images = image?.url ? [{ url: image.url, alt: image.alt ?? undefined }] : undefined

  return {
    metadataBase: new URL(env.NEXT_PUBLIC_SERVER_URL),
    title,
    description,
    alternates: { canonical: url(canonicalLocale), languages },
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

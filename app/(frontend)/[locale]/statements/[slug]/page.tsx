import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { StatementView } from '@/components/StatementView'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { reactionsToStatement } from '@/lib/data/reactions'
import { availableVersions, getStatement, resolveStatementSlug } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'
import { statementMetadata } from '@/lib/seo/statementMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return []
}

/**
 * The statement behind this address, and the language its text is in. An address that is
 * not the statement's own slug in this locale (an old slug, or the slug of another language
 * when this one has a version) answers with a permanent redirect to the right one.
 */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = decodeSegment((await params).slug) ?? notFound()
  const resolution = await resolveStatementSlug(locale, slug)
  if (!resolution) notFound()
  const versions = await availableVersions(resolution.id)
  const contentLocale: Locale = versions[locale] ? locale : defaultLocale
  const ownSlug = versions[contentLocale]
  if (!ownSlug) notFound()
  if (ownSlug !== slug) permanentRedirect(localized(locale, paths.statement(ownSlug)))
  const statement = await getStatement(locale, resolution.id)
  if (!statement) notFound()
  return { locale, statement, versions, contentLocale }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, statement, versions } = await load(params)
  return statementMetadata(locale, statement, versions)
}

export default async function StatementPage({ params }: Props) {
  const { locale, statement, versions, contentLocale } = await load(params)
  const reactions = await reactionsToStatement(locale, statement.id)
  return <StatementView locale={locale} statement={statement} versions={versions} contentLocale={contentLocale} reactions={reactions} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SignOnInvitation } from '@/components/SignOnInvitation'
import { StatementView } from '@/components/StatementView'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { reactionsToStatement } from '@/lib/data/reactions'
import { renderAgainWhenSignaturesClose } from '@/lib/data/signOn'
import { signatoriesData } from '@/lib/data/signatories'
import { getStatement } from '@/lib/data/statementDetail'
import { availableVersions, findStatementAddress } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { signatoriesOf } from '@/lib/signatories/view'
import { statementMetadata } from '@/lib/seo/statementMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request, then served from the cache until a publish revalidates it.
export function generateStaticParams() {
  return []
}

/**
 * The statement behind this address, and the language its text is in. Its other addresses (old
 * slugs, other languages' slugs) are redirected by the proxy before they get here: Next cannot
 * cache a redirect made while rendering and keep its Location header. One that arrives all the
 * same, while the proxy's view of the slugs catches up, shows the statement, its canonical link
 * naming its address.
 */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = decodeSegment((await params).slug) ?? notFound()
  const address = await findStatementAddress(locale, slug)
  if (!address) notFound()
  const [versions, statement] = await Promise.all([
    availableVersions(address.id),
    getStatement(locale, address.id),
  ])
  if (!statement) notFound()
  const contentLocale: Locale = versions[locale] ? locale : sourceLocale
  return { locale, statement, versions, contentLocale, slug: address.slug }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, statement, versions } = await load(params)
  return statementMetadata(locale, statement, versions)
}

export default async function StatementPage({ params }: Props) {
  const { locale, statement, versions, contentLocale, slug } = await load(params)
  const [reactions, signatures] = await Promise.all([
    reactionsToStatement(locale, statement.id),
    signatoriesData(),
    renderAgainWhenSignaturesClose(statement.signatureClosesAt),
  ])
  return (
    <>
      <SignOnInvitation locale={locale} slug={slug} statement={statement} />
      <StatementView
        locale={locale}
        statement={statement}
        versions={versions}
        contentLocale={contentLocale}
        reactions={reactions}
        signatories={signatoriesOf(signatures, statement.id, locale)}
      />
    </>
  )
}

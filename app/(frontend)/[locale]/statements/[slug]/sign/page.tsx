import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SignOnForm } from '@/components/SignOnForm'
import { signOnCountries, signOnStatement } from '@/lib/data/signOn'
import { findStatementAddress } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'
import { signOnFormView } from '@/lib/signatories/signOnFormView'
import { closingDate, signOnTranslator } from '@/lib/signatories/signOnMessages'

// Rendered for each request: whether signatures are still open is decided now, and the form's
// time stamp is the moment it is shown.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = decodeSegment((await params).slug) ?? notFound()
  const address = await findStatementAddress(locale, slug)
  const statement = address ? await signOnStatement(locale, address.id) : null
  if (!statement) notFound()
  return { locale, statement }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, statement } = await load(params)
  return {
    title: signOnTranslator(locale)('title', { title: statement.title }),
    robots: { index: false, follow: true },
  }
}

/** /[locale]/statements/[slug]/sign: the form an organization asks to sign the statement with. */
export default async function SignPage({ params }: Props) {
  const { locale, statement } = await load(params)
  const t = signOnTranslator(locale)
  if (statement.window !== 'open') {
    const date = statement.closesAt ? closingDate(locale, statement.closesAt) : ''
    return (
      <>
        <h1>{t('title', { title: statement.title })}</h1>
        <p>
          {statement.window === 'closed' ? t('problems.closed', { date }) : t('problems.notOpen')}
        </p>
        <p>
          <a href={localized(locale, paths.statement(statement.slug))}>{t('back')}</a>
        </p>
      </>
    )
  }
  const view = signOnFormView({ locale, statement, countries: await signOnCountries(locale) })
  return (
    <>
      <h1>{view.title}</h1>
      <p>{view.intro}</p>
      <p>{view.privacy}</p>
      <SignOnForm view={view} />
      <p>
        <a href={view.back.href}>{view.back.label}</a>
      </p>
    </>
  )
}

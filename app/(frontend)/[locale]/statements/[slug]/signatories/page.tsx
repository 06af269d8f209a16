import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { SignatoryList } from '@/components/signatories/SignatoryList'
import { Link } from '@/i18n/navigation'
import { langAttributes, sourceLocale, type Locale } from '@/i18n/locales'
import { signatoriesData } from '@/lib/data/signatories'
import { getStatement } from '@/lib/data/statementDetail'
import { availableVersions, findStatementAddress } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { countByCountry, countryCode, countryName, signatoriesOf } from '@/lib/signatories/view'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The country asked for, as an ISO 3166-1 alpha-2 code, or null when there is none usable. */
function countryParam(value: string | string[] | undefined): string | null {
  const code = Array.isArray(value) ? value[0] : value
  return code ? countryCode(code) : null
}

/** What the reader asked for, as text to quote back (shortened: it is theirs, not ours). */
const askedCode = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 12) ?? ''

/**
 * A joint statement's signatories from one country (`?country=KE`), linked from the statement
 * page; rendered per request, so the statement page stays one cached page per language.
 */
async function load({ params, searchParams }: Props) {
  const locale: Locale = await pageLocale(params)
  const slug = decodeSegment((await params).slug) ?? notFound()
  const address = await findStatementAddress(locale, slug)
  if (!address) notFound()
  const [statement, versions, data] = await Promise.all([
    getStatement(locale, address.id),
    availableVersions(address.id),
    signatoriesData(),
  ])
  if (!statement) notFound()
  const all = signatoriesOf(data, statement.id, locale)
  if (all.length === 0) notFound()
  const asked = (await searchParams).country
  const code = countryParam(asked)
  const entries = code ? all.filter((entry) => entry.country.code === code) : []
  const contentLocale: Locale = versions[locale] ? locale : sourceLocale
  const country = code ? countryName(data, code, locale) : null
  return { locale, address, statement, all, entries, code, country, asked, contentLocale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, statement, country } = await load(props)
  const t = await getTranslations({ locale, namespace: 'Signatories' })
  return {
    title: `${country ? t('countryTitle', { country }) : t('heading')} · ${statement.title}`,
    // One statement's list, filtered: the statement page is the one to index.
    robots: { index: false },
  }
}

export default async function StatementSignatoriesPage(props: Props) {
  const { locale, address, statement, all, entries, code, country, asked, contentLocale } =
    await load(props)
  const t = await getTranslations({ locale, namespace: 'Signatories' })
  const { countries } = countByCountry(all, locale)
  return (
    <article className="signatories-page">
      <p>
        <Link href={paths.statement(address.slug)}>{t('backToStatement')}</Link>
      </p>
      {entries.length > 0 && country ? (
        <>
          <h1>{t('countryTitle', { country })}</h1>
          <p>
            {t.rich('countryCount', {
              count: entries.length,
              country,
              title: statement.title,
              statement: (chunks) => <cite {...langAttributes(contentLocale)}>{chunks}</cite>,
            })}
          </p>
          <SignatoryList locale={locale} entries={entries} />
        </>
      ) : (
        <>
          <h1>{t('heading')}</h1>
          <p role="note" className="notice">
            {t('unknownCountry', { code: askedCode(asked) })}
          </p>
        </>
      )}
      <nav aria-labelledby="signatories-countries">
        <h2 id="signatories-countries">{t('byCountry')}</h2>
        <ul className="inline-list">
          {countries.map((item) => (
            <li key={item.code}>
              <Link
                href={paths.statementSignatories(address.slug, item.code)}
                aria-current={item.code === code ? 'page' : undefined}
              >
                {item.name} ({item.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  )
}

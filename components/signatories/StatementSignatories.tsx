import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { countByCountry, type SignatoryEntry } from '@/lib/signatories/view'

import { SignatoryList } from './SignatoryList'

type Props = {
  locale: Locale
  statementId: number
  /** The statement's slug in this page's address, for the country links. */
  slug: string
  /** Every public signatory of the statement, in the reader's order. */
  entries: SignatoryEntry[]
}

/**
 * A joint statement's signatories under its text: the count sentence, a link per country (to a
 * page rendered per request, so this one stays one cached page per language) and the list.
 */
export async function StatementSignatories({ locale, statementId, slug, entries }: Props) {
  if (entries.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'Signatories' })
  const { organizations, countries } = countByCountry(entries, locale)
  const download = `?statement=${statementId}`
  const csv = localized(locale, paths.signatoriesCsv)
  const json = localized(locale, paths.signatoriesJson)
  return (
    <section aria-labelledby="signatories-heading" className="statement__aside signatories">
      <h2 id="signatories-heading">{t('heading')}</h2>
      <p className="signatories__count">
        {t('count', { organizations, countries: countries.length })}
      </p>
      {countries.length > 1 && (
        <nav aria-labelledby="signatories-countries">
          <h3 id="signatories-countries">{t('byCountry')}</h3>
          <ul className="inline-list">
            {countries.map((country) => (
              <li key={country.code}>
                <Link href={paths.statementSignatories(slug, country.code)}>
                  {country.name} ({country.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <SignatoryList locale={locale} entries={entries} />
      <p>
        {t('download')} <a href={`${csv}${download}`}>CSV</a> ·{' '}
        <a href={`${json}${download}`}>JSON</a>
      </p>
    </section>
  )
}

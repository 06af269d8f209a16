import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { listLatestStatements } from '@/lib/data/statements'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const [t, statements] = await Promise.all([
    getTranslations({ locale, namespace: 'HomePage' }),
    listLatestStatements(locale),
  ])

  return (
    <>
      <header className="page-intro">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latest')}</h2>
        {statements.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="card-list">
            {statements.map((statement) => (
              <li key={statement.id} className="card">
                <h3 className="card__title">{statement.title}</h3>
                <p className="card__meta">{t('publishedOn', { date: new Date(statement.publishedAt) })}</p>
                {statement.standfirst && <p>{statement.standfirst}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

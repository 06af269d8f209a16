import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { StatementCard } from '@/components/StatementCard'
import { StatementList } from '@/components/StatementList'
import { Link } from '@/i18n/navigation'
import { listStatements } from '@/lib/data/statements'
import { listTopics } from '@/lib/data/topics'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return { alternates: alternatesFor(locale, everyLocale('/')) }
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, latest, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'HomePage' }),
    listStatements(locale, { page: 1 }, 6),
    listTopics(locale),
  ])
  const [featured, ...others] = latest.items

  return (
    <>
      <header className="page-intro">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      {!featured ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="section-label">
              {t('featured')}
            </h2>
            <StatementCard statement={featured} locale={locale} headingLevel="h3" featured />
          </section>
          {others.length > 0 && (
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading" className="section-label">
                {t('latest')}
              </h2>
              <StatementList statements={others} locale={locale} />
            </section>
          )}
          <p>
            <Link href={paths.statements} className="button-link">
              {t('allStatements')}
            </Link>
          </p>
        </>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="section-label">
            {t('topics')}
          </h2>
          <ul className="inline-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <Link href={paths.topic(topic.slug)}>{topic.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Pagination } from '@/components/Pagination'
import { StatementList } from '@/components/StatementList'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { listStatements, listStatementYears } from '@/lib/data/statements'
import { listTopics } from '@/lib/data/topics'
import { localized, paths } from '@/lib/paths'
import { kindMessageKey, statementKinds } from '@/lib/statementKinds'
import type { IndexQuery } from '@/lib/statements/indexQuery'

type Props = { locale: Locale; query: IndexQuery }

/** The statements index for one question (filters and page): its form, count, list and pages. */
export async function StatementsIndex({ locale, query }: Props) {
  const [t, tCard, topics, years] = await Promise.all([
    getTranslations({ locale, namespace: 'StatementsIndex' }),
    getTranslations({ locale, namespace: 'StatementCard' }),
    listTopics(locale),
    listStatementYears(),
  ])
  const topic = query.topic ? topics.find((candidate) => candidate.slug === query.topic) : undefined
  const result = await listStatements(locale, {
    kind: query.kind,
    topic: topic?.id,
    year: query.year,
    page: query.page,
  })
  if (query.page > 1 && query.page > result.totalPages) notFound()

  const shown = { kind: query.kind, topic: topic?.slug, year: query.year }
  const filtered = Boolean(shown.kind || shown.topic || shown.year)

  return (
    <>
      <h1>{t('title')}</h1>
      <form
        method="get"
        action={localized(locale, paths.statements)}
        className="filters"
        aria-label={t('filters')}
      >
        <label>
          {t('kind')}
          <select name="kind" defaultValue={shown.kind ?? ''}>
            <option value="">{t('allKinds')}</option>
            {statementKinds.map(({ value }) => (
              <option key={value} value={value}>
                {tCard('kind', { kind: kindMessageKey(value) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('topic')}
          <select name="topic" defaultValue={shown.topic ?? ''}>
            <option value="">{t('allTopics')}</option>
            {topics.map((option) => (
              <option key={option.id} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('year')}
          <select name="year" defaultValue={shown.year?.toString() ?? ''}>
            <option value="">{t('allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
        {filtered && <Link href={paths.statements}>{t('reset')}</Link>}
      </form>
      <p role="status">{t('count', { count: result.totalDocs })}</p>
      <StatementList statements={result.items} locale={locale} headingLevel="h2" />
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} query={shown} />
    </>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { Pagination } from '@/components/Pagination'
import { StatementList } from '@/components/StatementList'
import { Link } from '@/i18n/navigation'
import { listStatements, listStatementYears } from '@/lib/data/statements'
import { listTopics } from '@/lib/data/topics'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import { kindMessageKey, statementKinds } from '@/lib/statementKinds'

// Read per request (its query string chooses what it shows): nothing to render at build time,
// and Next must not treat it as a static page that it would render once.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Filters come from a GET form or a hand-edited address: a value that makes no sense is
// dropped (the reader still gets a useful list), never an error page.
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(single, schema.optional().catch(undefined))
const filtersSchema = z.object({
  kind: optional(z.enum(statementKinds.map((kind) => kind.value))),
  topic: optional(z.string().max(200)),
  year: optional(z.coerce.number().int().min(1990).max(2100)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'StatementsIndex' })
  return { title: t('title'), alternates: alternatesFor(locale, everyLocale(paths.statements)) }
}

export default async function StatementsIndex({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const filters = filtersSchema.parse(await searchParams)
  const [t, tCard, topics, years] = await Promise.all([
    getTranslations({ locale, namespace: 'StatementsIndex' }),
    getTranslations({ locale, namespace: 'StatementCard' }),
    listTopics(locale),
    listStatementYears(),
  ])
  const topic = filters.topic
    ? topics.find((candidate) => candidate.slug === filters.topic)
    : undefined
  const result = await listStatements(locale, {
    kind: filters.kind,
    topic: topic?.id,
    year: filters.year,
    page: filters.page,
  })
  if (filters.page > 1 && filters.page > result.totalPages) notFound()

  const query = { kind: filters.kind, topic: topic?.slug, year: filters.year?.toString() }
  const filtered = Boolean(query.kind || query.topic || query.year)

  return (
    <>
      <h1>{t('title')}</h1>
      <form method="get" className="filters" aria-label={t('filters')}>
        <label>
          {t('kind')}
          <select name="kind" defaultValue={filters.kind ?? ''}>
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
          <select name="topic" defaultValue={topic?.slug ?? ''}>
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
          <select name="year" defaultValue={filters.year?.toString() ?? ''}>
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
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} query={query} />
    </>
  )
}

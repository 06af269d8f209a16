import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Fragment } from 'react'

import { SearchForm } from '@/components/SearchForm'
import { langAttributes } from '@/i18n/locales'
import { pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import {
  capQuery,
  matchEnd,
  matchStart,
  maxQueryLength,
  searchStatements,
} from '@/lib/search/searchStatements'

// Read per request (its query string chooses what it shows): nothing to render at build time,
// and Next must not treat it as a static page that it would render once.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'SearchPage' })
  // Result pages are endless and thin: keep them out of search engines.
  return {
    title: t('title'),
    robots: { index: false, follow: true },
    alternates: alternatesFor(locale, everyLocale(paths.search)),
  }
}

/** An excerpt with its matches marked, built as React elements (never as HTML). */
function excerpt(text: string) {
  const parts = text.split(matchStart)
  return (
    <p>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>
        const [match, rest = ''] = part.split(matchEnd)
        return (
          <Fragment key={index}>
            <mark>{match}</mark>
            {rest}
          </Fragment>
        )
      })}
    </p>
  )
}

/**
 * Search renders on every request, so its results are plain elements built in one pass: one
 * translator and one date formatter for all hits (not an async card component each), and plain
 * links (a client-side link component per hit costs more to render than the rest of the hit, and
 * its prefetching would fetch every statement listed).
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const shortened = query.length > maxQueryLength
  const shown = capQuery(query)
  const [t, tCard, format, hits] = await Promise.all([
    getTranslations({ locale, namespace: 'SearchPage' }),
    getTranslations({ locale, namespace: 'StatementCard' }),
    getFormatter({ locale }),
    searchStatements(locale, shown),
  ])

  return (
    <>
      <h1>{t('title')}</h1>
      <SearchForm
        action={localized(locale, paths.search)}
        id="search-q"
        label={t('label')}
        submit={t('submit')}
        query={shown}
        maxLength={maxQueryLength}
      />
      {shortened && <p className="notice">{t('shortened', { max: maxQueryLength })}</p>}
      {!shown ? (
        <p>{t('hint')}</p>
      ) : (
        <>
          <p role="status">
            {hits.length
              ? t('results', { count: hits.length, query: shown })
              : t('noResults', { query: shown })}
          </p>
          <ul className="card-list">
            {hits.map((hit) => {
              // A hit in the original language says so, and carries that language's lang/dir.
              const original = hit.contentLocale !== locale
              const contentLang = original ? langAttributes(hit.contentLocale) : {}
              return (
                <li key={hit.id} className="card">
                  {/* The markup of CardMeta, without its kind. */}
                  <p className="card__meta">
                    <time dateTime={hit.publishedAt}>
                      {format.dateTime(new Date(hit.publishedAt), { dateStyle: 'long' })}
                    </time>
                    {original && (
                      <>
                        {' · '}
                        <span className="badge">
                          {tCard('original', { locale: hit.contentLocale })}
                        </span>
                      </>
                    )}
                  </p>
                  <h2 className="card__title" {...contentLang}>
                    <a href={localized(locale, paths.statement(hit.slug))}>{hit.title}</a>
                  </h2>
                  <div {...contentLang}>{excerpt(hit.excerpt)}</div>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </>
  )
}

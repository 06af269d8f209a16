import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { dataReleaseList } from '@/lib/data/dataReleases'
import { releasePath, releaseUrl } from '@/lib/dataReleases/layout'
import { pageLocale } from '@/lib/locale'
import { currentDataHash } from '@/lib/openData/current'
import { localized, paths } from '@/lib/paths'
import { calendarDay } from '@/lib/reactions/partyStatus'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// Cached until a release is made or the data changes (tags), and hourly: the files are as of today.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'OpenData' })
  return { title: t('title'), alternates: alternatesFor(locale, everyLocale(paths.data)) }
}

const currentFiles = [
  paths.reactionsCsv,
  paths.reactionsJson,
  paths.signatoriesCsv,
  paths.signatoriesJson,
] as const

/** /[locale]/data: the open data files of this language, its dated releases, and how to cite one. */
export default async function DataPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, format, releases] = await Promise.all([
    getTranslations({ locale, namespace: 'OpenData' }),
    getFormatter({ locale }),
    dataReleaseList(),
  ])
  const latest = releases[0]
  const matches = latest ? latest.hashes[locale] === (await currentDataHash(locale)) : null
  const day = (date: string) => format.dateTime(calendarDay(date), { dateStyle: 'long' })
  return (
    <article className="data-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t('current')}</h2>
        <p>
          {t('currentFiles')}{' '}
          {currentFiles.map((path) => (
            <span key={path}>
              <a href={localized(locale, path)} dir="ltr">
                {path.slice(1)}
              </a>{' '}
              ·{' '}
            </span>
          ))}
          <a href={localized(locale, paths.dataPackage)}>{t('package')}</a>
        </p>
        {matches !== null && <p>{matches ? t('matches') : t('differs')}</p>}
      </section>

      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">{t('releases')}</h2>
        <p>{t('releasesLead')}</p>
        {releases.length === 0 ? (
          <p>{t('noReleases')}</p>
        ) : (
          <ul className="data-releases">
            {releases.map((release) => (
              <li key={release.date}>
                <a href={releasePath(release.date, locale, 'datapackage.json')}>
                  {t('releaseOn', { date: day(release.date) })}
                </a>{' '}
                <span className="card__meta">
                  ({t('formatVersion', { version: release.schemaVersion })}):{' '}
                  <a href={releasePath(release.date, locale, 'reactions.csv')} dir="ltr">
                    reactions.csv
                  </a>{' '}
                  ·{' '}
                  <a href={releasePath(release.date, locale, 'signatories.csv')} dir="ltr">
                    signatories.csv
                  </a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {latest && (
        <section aria-labelledby="cite-heading">
          <h2 id="cite-heading">{t('cite')}</h2>
          <blockquote>
            <p>
              {t.rich('citation', {
                date: latest.date,
                url: releaseUrl(latest.date, locale, 'datapackage.json'),
                // Isolated left to right, so that an Arabic sentence does not reorder an address.
                address: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
              })}
            </p>
          </blockquote>
        </section>
      )}
    </article>
  )
}

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FeedLink } from '@/components/FeedLink'
import { PositionStepLabel } from '@/components/reactions/PositionStepLabel'
import { Link } from '@/i18n/navigation'
import { trackerData } from '@/lib/data/reactions'
import { pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { type PositionStep, stanceChanges } from '@/lib/reactions/history'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// Rendered on first request, then served from the cache until a reaction or State changes.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, tFeeds] = await Promise.all([
    getTranslations({ locale, namespace: 'StanceChanges' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ])
  return {
    title: t('title'),
    description: t('description'),
    alternates: alternatesFor(locale, everyLocale(paths.reactionChanges), {
      path: paths.stanceChangesFeed,
      title: tFeeds('changesTitle'),
    }),
  }
}

/** The States whose latest stance differs from the one before, newest change first, with sources. */
export default async function StanceChangesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tReactions, tState, data] = await Promise.all([
    getTranslations({ locale, namespace: 'StanceChanges' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getTranslations({ locale, namespace: 'StatePage' }),
    trackerData(locale),
  ])
  const changes = stanceChanges(data)

  // A step as its stance, the day it was taken and the source that shows it.
  const step = (positionStep: PositionStep) => (
    <>
      <PositionStepLabel locale={locale} step={positionStep} />. {tReactions('sourceLabel')}{' '}
      <a href={positionStep.reactions[0].sourceUrl} rel="noopener noreferrer">
        {positionStep.reactions[0].sourceTitle}
      </a>
    </>
  )

  return (
    <article className="stance-changes-page">
      <p>
        <Link href={paths.reactions}>{tState('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      <FeedLink locale={locale} feed="changes" path={paths.stanceChangesFeed} />
      {changes.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="stance-changes">
          {changes.map(({ state, previous, latest }) => (
            <li key={state.iso2} className="stance-change">
              <h2>
                <Link href={paths.state(state.iso2)}>{state.name}</Link>
              </h2>
              <dl>
                <dt>{t('previous')}</dt>
                <dd>{step(previous)}</dd>
                <dt>{t('latest')}</dt>
                <dd>{step(latest)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

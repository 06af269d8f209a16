import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { EmbedSnippet } from '@/components/EmbedSnippet'
import { FeedLink } from '@/components/FeedLink'
import { PartyStatus } from '@/components/reactions/PartyStatus'
import { PositionHistory } from '@/components/reactions/PositionHistory'
import { ReactionItem } from '@/components/reactions/ReactionItem'
import { Link } from '@/i18n/navigation'
import { stateAtAddress } from '@/lib/data/stateAddress'
import { withOembedDiscovery } from '@/lib/embeds/discovery'
import { localized, paths } from '@/lib/paths'
import { positionHistory } from '@/lib/reactions/history'
import { calendarDay, dayOf } from '@/lib/reactions/partyStatus'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import { messageKey } from '@/lib/text/messageKey'

type Props = { params: Promise<{ locale: string; iso2: string }> }

// Rendered on first request, then served from the cache until a reaction or State changes.
export function generateStaticParams() {
  return []
}

/** The State named by the address (ISO 3166-1 alpha-2, lowercase); other spellings redirect, anything else is a 404. */
const load = (params: Props['params']) =>
  stateAtAddress(params, (locale, iso2) => localized(locale, paths.state(iso2)))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, state } = await load(params)
  const [t, tFeeds] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ])
  return {
    title: `${state.name} · ${t('title')}`,
    alternates: withOembedDiscovery(
      alternatesFor(locale, everyLocale(paths.state(state.iso2)), {
        path: paths.stateFeed(state.iso2),
        title: tFeeds('stateTitle', { state: state.name }),
      }),
      localized(locale, paths.state(state.iso2)),
    ),
  }
}

export default async function StatePage({ params }: Props) {
  const { locale, state, reactions } = await load(params)
  const [t, tReactions, format] = await Promise.all([
    getTranslations({ locale, namespace: 'StatePage' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  const today = dayOf(new Date())

  return (
    <article className="state-page">
      <p>
        <Link href={paths.reactions}>{t('back')}</Link>
      </p>
      <h1>{state.name}</h1>
      <p className="state-page__status">
        <strong>
          <PartyStatus locale={locale} state={state} day={today} />
        </strong>
        {state.depositDate ? <> {t('deposited', { date: date(state.depositDate) })}</> : null}
      </p>
      {state.regionalGroup && (
        <p>
          {tReactions('groupLabel')}{' '}
          {tReactions('groupName', { group: messageKey(state.regionalGroup) })}
        </p>
      )}
      {reactions.length > 0 && (
        <section aria-labelledby="state-history">
          <h2 id="state-history">{t('historyHeading')}</h2>
          <PositionHistory locale={locale} steps={positionHistory(reactions, state.iso2)} />
        </section>
      )}
      <section aria-labelledby="state-reactions">
        <h2 id="state-reactions">{t('reactionsHeading')}</h2>
        <FeedLink locale={locale} feed="state" path={paths.stateFeed(state.iso2)} />
        {reactions.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ul className="reaction-list">
            {reactions.map((reaction) => (
              <li key={reaction.id}>
                <ReactionItem locale={locale} reaction={reaction} of={state.iso2} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <EmbedSnippet
        locale={locale}
        embeds={[{ kind: 'state', iso2: state.iso2 }]}
        stateName={state.name}
      />
    </article>
  )
}

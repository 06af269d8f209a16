import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { TrackerReaction, TrackerState } from '@/lib/reactions/types'

import { absoluteUrl } from './addresses'
import { atomXml, feedSize } from './atom'
import { entryIds, feedIds } from './entryIds'
import { newestFirst, reactionSummaryHtml } from './reactionSummary'

/**
 * A State's verified reactions as an Atom feed, newest first. An entry links to its source: the
 * State's page has no address for one reaction.
 */
export async function stateFeedXml(
  locale: Locale,
  state: TrackerState,
  reactions: TrackerReaction[],
): Promise<string> {
  const [t, tReactions, tMetadata] = await Promise.all([
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ])
  const listed = newestFirst(reactions).slice(0, feedSize)
  return atomXml({
    locale,
    id: feedIds.state(state.iso2, locale),
    title: t('stateTitle', { state: state.name }),
    subtitle: t('stateSubtitle', { state: state.name }),
    page: absoluteUrl(locale, paths.state(state.iso2)),
    self: absoluteUrl(locale, paths.stateFeed(state.iso2)),
    author: tMetadata('siteName'),
    entries: await Promise.all(
      listed.map(async (reaction) => ({
        id: entryIds.reaction(reaction.id, locale),
        title: t('reactionTitle', {
          state: state.name,
          stance: tReactions('stance', { stance: reaction.stance }),
        }),
        link: reaction.sourceUrl,
        summaryHtml: await reactionSummaryHtml(locale, reaction, state.iso2),
        date: calendarDay(reaction.date),
      })),
    ),
  })
}

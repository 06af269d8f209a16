import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import type { StanceChange } from '@/lib/reactions/history'
import { calendarDay } from '@/lib/reactions/partyStatus'

import { absoluteUrl } from './addresses'
import { atomXml, feedSize, textIn } from './atom'
import { entryIds, feedIds } from './entryIds'
import { reactionSummaryHtml } from './reactionSummary'

/**
 * The States whose latest stance differs from their previous one, as an Atom feed, newest change
 * first (`stanceChanges` orders them). An entry links to the State's page and shows the reaction
 * that began the new stance; a State that changes again is a new entry.
 */
export async function stanceChangesFeedXml(
  locale: Locale,
  changes: StanceChange[],
): Promise<string> {
  const [t, tReactions, tMetadata, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getFormatter({ locale }),
  ])
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  return atomXml({
    locale,
    id: feedIds.stanceChanges(locale),
    title: t('changesTitle'),
    subtitle: t('changesSubtitle'),
    page: absoluteUrl(locale, paths.reactionChanges),
    self: absoluteUrl(locale, paths.stanceChangesFeed),
    author: tMetadata('siteName'),
    entries: await Promise.all(
      changes.slice(0, feedSize).map(async ({ state, previous, latest }) => {
        const [first] = latest.reactions
        const stances = {
          previous: tReactions('stance', { stance: previous.stance }),
          latest: tReactions('stance', { stance: latest.stance }),
        }
        return {
          id: entryIds.stanceChange(state.iso2, first.id, locale),
          title: t('changeTitle', { state: state.name, ...stances }),
          link: absoluteUrl(locale, paths.state(state.iso2)),
          summaryHtml:
            textIn(
              'p',
              t('changeSummary', {
                date: date(latest.date),
                since: date(previous.date),
                ...stances,
              }),
            ) + (await reactionSummaryHtml(locale, first, state.iso2)),
          date: calendarDay(latest.date),
        }
      }),
    ),
  })
}

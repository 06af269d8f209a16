import { GET as reactionsCsv } from '@/app/(frontend)/[locale]/reactions.csv/route'
import { localeCodes } from '@/i18n/locales'
import { statementsPublishedIn } from '@/lib/data/feed'
import { trackerData } from '@/lib/data/reactions'
import { getStatement } from '@/lib/data/statementDetail'
import { availableVersions, listStatements, listStatementVersions } from '@/lib/data/statements'
import { searchStatements } from '@/lib/search/searchStatements'

import { anonymousGraphql, anonymousRest } from './releases'

/** Every public way in where `marker` (or the statement, or the reaction) shows; empty when none. */
export async function publicTraces(
  marker: string,
  statement: number,
  reaction: number,
): Promise<string[]> {
  const traces: string[] = []
  const check = (place: string, text: string) => {
    if (text.includes(marker)) traces.push(place)
  }
  for (const query of [
    `statements/${statement}?locale=all&draft=true`,
    `statements?locale=all&draft=true&limit=100`,
    `statements?locale=all&limit=100`,
    `reactions/${reaction}?locale=all`,
    `reactions?locale=all&limit=100`,
    'releases',
  ])
    check(`REST ${query}`, (await anonymousRest(query)).body)
  check(
    'GraphQL',
    await anonymousGraphql(
      `{ Statements(draft: true, locale: all, limit: 100) { docs { title } } Reactions(locale: all, limit: 100) { docs { sourceTitle } } }`,
    ),
  )
  check('GraphQL releases', await anonymousGraphql('{ Releases { docs { title } } }'))
  for (const locale of localeCodes) {
    const list = await listStatements(locale, { page: 1 }, 100)
    if (list.items.some((item) => item.id === statement)) traces.push(`index ${locale}`)
    if ((await searchStatements(locale, marker)).length > 0) traces.push(`search ${locale}`)
    const feed = await statementsPublishedIn(locale, 100)
    if (feed.some((item) => item.id === statement)) traces.push(`feed ${locale}`)
    if (await getStatement(locale, statement)) traces.push(`page ${locale}`)
    const tracker = await trackerData(locale)
    if (tracker.reactions.some((item) => item.id === reaction)) traces.push(`tracker ${locale}`)
  }
  if (Object.keys(await availableVersions(statement)).length > 0) traces.push('versions')
  const sitemap = await listStatementVersions()
  check('sitemap', JSON.stringify(sitemap))
  const csv = await reactionsCsv(new Request('http://amicus.test/en/reactions.csv'), {
    params: Promise.resolve({ locale: 'en' }),
  })
  check('reactions export', await csv.text())
  return traces
}

import { unstable_cache } from 'next/cache'

import { sourceLocale, type Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import type { TrackerFilters } from '@/lib/reactions/filters'
import { dayOf, isPartyOn } from '@/lib/reactions/partyStatus'
import { isRegionalGroup, type RegionalGroup } from '@/lib/reactions/regionalGroups'
import { defendingStances, isStance, type Stance } from '@/lib/reactions/stances'

import { payloadClient } from './payload'

/**
 * The reactions tracker's data: every State with the dates that define its party status, and
 * every verified reaction, read once per locale (anonymous access: unverified reactions and
 * editor notes never leave the database) and cached until an editor changes one of them.
 * Filtering, counting and sorting for a request happen in memory: a few hundred States and a
 * few thousand reactions.
 */

export type TrackerState = {
  id: number
  iso2: string
  iso3: string
  name: string
  regionalGroup: RegionalGroup | null
  depositDate: string | null
  entryIntoForce: string | null
  withdrawalEffective: string | null
}

export type TrackerActor =
  | { type: 'state'; iso2: string; name: string }
  | { type: 'organization'; code: string; name: string }

export type TrackerReaction = {
  id: number
  date: string
  stance: Stance
  actors: TrackerActor[]
  summary: string | null
  /** The language the summary is in: the page's, or English when it has no summary in the page's. */
  summaryLocale: Locale
  quote: string | null
  quoteLanguage: string | null
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string | null
  sample: boolean
  relatedStatements: number[]
}

type TrackerData = { states: TrackerState[]; reactions: TrackerReaction[] }

// Reactions are read with `locale: 'all'` so that a summary English stands in for is known as
// English (Payload's own fallback would not say). Payload's generated types describe one locale.
type LocalizedText = Partial<Record<Locale, string | null>>

/** The reader's summary, else the English one, as Payload's fallback would choose, with its language. */
function summaryIn(
  locale: Locale,
  summaries: LocalizedText,
): { summary: string | null; summaryLocale: Locale } {
  const own = summaries[locale]
  if (own) return { summary: own, summaryLocale: locale }
  return { summary: summaries[sourceLocale] || null, summaryLocale: sourceLocale }
}

const day = (value: string | null | undefined) => (value ? dayOf(value) : null)

export const trackerData = unstable_cache(
  async (locale: Locale): Promise<TrackerData> => {
    const payload = await payloadClient()
    const [states, organizations, reactions] = await Promise.all([
      payload.find({
        collection: 'states',
        locale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        sort: 'name',
      }),
      payload.find({
        collection: 'organizations',
        locale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
      }),
      payload.find({
        collection: 'reactions',
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        sort: '-date',
      }),
    ])
    const stateById = new Map(states.docs.map((doc) => [doc.id, doc]))
    const organizationById = new Map(organizations.docs.map((doc) => [doc.id, doc]))
    return {
      states: states.docs.map((doc) => ({
        id: doc.id,
        iso2: doc.iso2,
        iso3: doc.iso3 ?? '',
        name: doc.name,
        regionalGroup: isRegionalGroup(doc.regionalGroup) ? doc.regionalGroup : null,
        depositDate: day(doc.depositDate),
        entryIntoForce: day(doc.entryIntoForce),
        withdrawalEffective: day(doc.withdrawalEffective),
      })),
      reactions: reactions.docs.flatMap((doc) => {
        if (!isStance(doc.stance)) return []
        const actors = doc.actors.flatMap((actor): TrackerActor[] => {
          const id = typeof actor.value === 'object' ? actor.value.id : actor.value
          if (actor.relationTo === 'states') {
            const state = stateById.get(id)
            return state ? [{ type: 'state', iso2: state.iso2, name: state.name }] : []
          }
          const organization = organizationById.get(id)
          return organization
            ? [{ type: 'organization', code: organization.code, name: organization.name }]
            : []
        })
        return [
          {
            id: doc.id,
            date: dayOf(doc.date),
            stance: doc.stance,
            actors,
            ...summaryIn(locale, (doc.summary ?? {}) as LocalizedText),
            quote: doc.quote ?? null,
            quoteLanguage: doc.quoteLanguage ?? null,
            sourceUrl: doc.sourceUrl,
            sourceTitle: doc.sourceTitle,
            sourcePublisher: doc.sourcePublisher ?? null,
            sample: Boolean(doc.sample),
            relatedStatements: (doc.relatedStatements ?? []).map((item) =>
              typeof item === 'object' ? item.id : item,
            ),
          },
        ]
      }),
    }
  },
  ['reactions:tracker'],
  { tags: [cacheTags.reactions] },
)

export type StateRow = TrackerState & {
  party: boolean
  /** The stance of its latest reaction in the period, or null: no recorded reaction. */
  stance: Stance | null
  count: number
  latest: TrackerReaction | null
}

export type Tracker = {
  from: string
  to: string
  parties: number
  defended: number
  /** Of the `defended`, those counted only from sample reactions. */
  defendedFromSamples: number
  reacted: number
  silent: number
  byStance: Record<Stance, number>
  byGroup: { group: RegionalGroup; parties: number; defended: number; silent: number }[]
  /** Every State (for the map), and those the filters keep (for the table). */
  states: StateRow[]
  rows: StateRow[]
  /**
   * The reactions in the period of the States in `rows` (for the timeline and open data), so
   * that they answer the table's question; with no filter on States, every reaction in the period.
   */
  reactions: TrackerReaction[]
  hasSample: boolean
}

const inPeriod = (reaction: TrackerReaction, from: string, to: string) =>
  reaction.date >= from && reaction.date <= to

export function buildTracker(data: TrackerData, filters: TrackerFilters): Tracker {
  const earliest = data.reactions.reduce<string | null>(
    (min, reaction) => (!min || reaction.date < min ? reaction.date : min),
    null,
  )
  const from = filters.from ?? earliest ?? filters.to
  const to = filters.to
  const period = data.reactions.filter((reaction) => inPeriod(reaction, from, to))

  const byState = new Map<string, TrackerReaction[]>()
  for (const reaction of period) {
    for (const actor of reaction.actors) {
      if (actor.type === 'state')
        byState.set(actor.iso2, [...(byState.get(actor.iso2) ?? []), reaction])
    }
  }
  // Newest first within the period, so [0] is the stance a State holds at the end of it.
  const states: StateRow[] = data.states.map((state) => {
    const own = (byState.get(state.iso2) ?? []).sort((a, b) => b.date.localeCompare(a.date))
    return {
      ...state,
      party: isPartyOn(state, to),
      stance: own[0]?.stance ?? null,
      count: own.length,
      latest: own[0] ?? null,
    }
  })

  const parties = states.filter((state) => state.party)
  const defences = (state: StateRow) =>
    (byState.get(state.iso2) ?? []).filter((reaction) => defendingStances.includes(reaction.stance))
  const defends = (state: StateRow) => defences(state).length > 0
  const defenders = parties.filter(defends)
  const byStance = Object.fromEntries(
    ['condemns', 'supports', 'concern', 'opposes', 'other'].map((stance) => [stance, 0]),
  ) as Record<Stance, number>
  for (const state of parties) if (state.stance) byStance[state.stance] += 1

  const groups = [
    ...new Set(
      parties
        .map((state) => state.regionalGroup)
        .filter((group): group is RegionalGroup => group !== null),
    ),
  ]
  const byGroup = groups.sort().map((group) => {
    const members = parties.filter((state) => state.regionalGroup === group)
    return {
      group,
      parties: members.length,
      defended: members.filter(defends).length,
      silent: members.filter((state) => state.count === 0).length,
    }
  })

  const rows = states
    .filter((state) => !filters.group || state.regionalGroup === filters.group)
    .filter((state) => !filters.party || state.party === (filters.party === 'yes'))
    .filter(
      (state) =>
        !filters.stance ||
        (filters.stance === 'none' ? state.stance === null : state.stance === filters.stance),
    )
    .filter((state) => !filters.defended || defends(state))
    .sort(comparator(filters))

  // A reaction by organizations alone concerns no State, so any filter on States leaves it out.
  const narrowed =
    filters.stance !== null || filters.group !== null || filters.party !== null || filters.defended
  const listed = new Set(rows.map((row) => row.iso2))
  const reactions = narrowed
    ? period.filter((reaction) =>
        reaction.actors.some((actor) => actor.type === 'state' && listed.has(actor.iso2)),
      )
    : period

  return {
    from,
    to,
    parties: parties.length,
    defended: defenders.length,
    defendedFromSamples: defenders.filter((state) =>
      defences(state).every((reaction) => reaction.sample),
    ).length,
    reacted: parties.filter((state) => state.count > 0).length,
    silent: parties.filter((state) => state.count === 0).length,
    byStance,
    byGroup,
    states,
    rows,
    reactions,
    hasSample: period.some((reaction) => reaction.sample),
  }
}

function comparator({ sort, dir }: TrackerFilters) {
  const sign = dir === 'desc' ? -1 : 1
  const key = (state: StateRow): string | number => {
    switch (sort) {
      case 'group':
        return state.regionalGroup ?? '~'
      case 'party':
        return state.party ? 0 : 1
      case 'stance':
        return state.stance ?? '~'
      case 'count':
        return state.count
      case 'latest':
        return state.latest?.date ?? ''
      default:
        return state.name
    }
  }
  return (a: StateRow, b: StateRow) => {
    const [x, y] = [key(a), key(b)]
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return order * sign || a.name.localeCompare(b.name)
  }
}

/** One State's page: its dates and every verified reaction it is part of, newest first. */
export async function stateRecord(
  locale: Locale,
  iso2: string,
): Promise<{ state: TrackerState; reactions: TrackerReaction[] } | null> {
  const data = await trackerData(locale)
  const state = data.states.find((item) => item.iso2 === iso2)
  if (!state) return null
  return {
    state,
    reactions: data.reactions.filter((reaction) =>
      reaction.actors.some((actor) => actor.type === 'state' && actor.iso2 === iso2),
    ),
  }
}

/** The verified reactions linked to a statement, newest first. */
export async function reactionsToStatement(
  locale: Locale,
  statementId: number,
): Promise<TrackerReaction[]> {
  const data = await trackerData(locale)
  return data.reactions.filter((reaction) => reaction.relatedStatements.includes(statementId))
}

/** The ISO codes of every State with a page (for sitemaps). */
export const listStateCodes = unstable_cache(
  async (): Promise<string[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'states',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      sort: 'iso2',
      select: { iso2: true },
    })
    return docs.map((doc) => doc.iso2)
  },
  ['reactions:state-codes'],
  { tags: [cacheTags.reactions] },
)

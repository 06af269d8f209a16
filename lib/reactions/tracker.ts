import type { TrackerFilters } from './filters'
import { type Headline, headlineOf } from './headline'
import { defendingStances } from './stances'
import { compareRows, type StateRow, stateRows } from './stateRows'
import type { TrackerData, TrackerReaction } from './types'

/**
 * One view of the tracker, computed in memory from the data read for its locale (a few hundred
 * States and a few thousand reactions) and the request's filters.
 */
export type Tracker = Headline & {
  from: string
  to: string
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
      if (actor.type !== 'state') continue
      const own = byState.get(actor.iso2)
      if (own) own.push(reaction)
      else byState.set(actor.iso2, [reaction])
    }
  }
  const states = stateRows(data.states, byState, to)
  const defending = new Map<string, TrackerReaction[]>()
  const defences = (state: StateRow) => {
    let found = defending.get(state.iso2)
    if (!found) {
      found = (byState.get(state.iso2) ?? []).filter((reaction) =>
        defendingStances.includes(reaction.stance),
      )
      defending.set(state.iso2, found)
    }
    return found
  }
  const defends = (state: StateRow) => defences(state).length > 0

  const rows = states
    .filter((state) => !filters.group || state.regionalGroup === filters.group)
    .filter((state) => !filters.party || state.party === (filters.party === 'yes'))
    .filter(
      (state) =>
        !filters.stance ||
        (filters.stance === 'none' ? state.stance === null : state.stance === filters.stance),
    )
    .filter((state) => !filters.defended || defends(state))
    .sort(compareRows(filters))

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
    ...headlineOf(states, defences),
    states,
    rows,
    reactions,
    hasSample: period.some((reaction) => reaction.sample),
  }
}

/** Views kept per data read: the default one and the filters readers share most. */
const KEPT_VIEWS = 32
const views = new WeakMap<TrackerData, Map<string, Tracker>>()

/**
 * `buildTracker`, computed once per data read (lib/data/reactions.ts keeps one per change) and
 * filters, since most requests ask again for a view another has just asked for. Callers share it
 * and must not change it.
 */
export function trackerView(data: TrackerData, filters: TrackerFilters): Tracker {
  let known = views.get(data)
  if (!known) views.set(data, (known = new Map()))
  const key = JSON.stringify(filters)
  let view = known.get(key)
  if (!view) {
    view = buildTracker(data, filters)
    // The oldest view goes first (a Map keeps the order views were added in).
    if (known.size >= KEPT_VIEWS) known.delete(known.keys().next().value as string)
    known.set(key, view)
  }
  return view
}

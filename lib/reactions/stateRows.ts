import type { TrackerFilters } from './filters'
import { isPartyOn } from './partyStatus'
import type { Stance } from './stances'
import type { TrackerReaction, TrackerState } from './types'

/** A State as the map and the table show it at the end of a period. */
export type StateRow = TrackerState & {
  party: boolean
  /** The stance of its latest reaction in the period, or null: no recorded reaction. */
  stance: Stance | null
  count: number
  latest: TrackerReaction | null
}

/** Every State's row, from its reactions in the period (`byState`, keyed by ISO code) on day `to`. */
export function stateRows(
  states: TrackerState[],
  byState: Map<string, TrackerReaction[]>,
  to: string,
): StateRow[] {
  // Newest first within the period, so [0] is the stance a State holds at the end of it.
  return states.map((state) => {
    const own = (byState.get(state.iso2) ?? []).sort((a, b) => b.date.localeCompare(a.date))
    return {
      ...state,
      party: isPartyOn(state, to),
      stance: own[0]?.stance ?? null,
      count: own.length,
      latest: own[0] ?? null,
    }
  })
}

/** The table's order: by the `sort` column in `dir`, then by name. */
export function compareRows({ sort, dir }: TrackerFilters) {
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

import type { RegionalGroup } from './regionalGroups'
import type { Stance } from './stances'
import type { StateRow } from './stateRows'
import type { TrackerReaction } from './types'

/** The tracker's headline figures: States Parties on the period's last day, and how they reacted. */
export type Headline = {
  parties: number
  defended: number
  /** Of the `defended`, those counted only from sample reactions. */
  defendedFromSamples: number
  reacted: number
  silent: number
  byStance: Record<Stance, number>
  byGroup: { group: RegionalGroup; parties: number; defended: number; silent: number }[]
}

/** The headline of `states`, given each State's reactions in the period that defend the Court. */
export function headlineOf(
  states: StateRow[],
  defences: (state: StateRow) => TrackerReaction[],
): Headline {
  const parties = states.filter((state) => state.party)
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

  return {
    parties: parties.length,
    defended: defenders.length,
    defendedFromSamples: defenders.filter((state) =>
      defences(state).every((reaction) => reaction.sample),
    ).length,
    reacted: parties.filter((state) => state.count > 0).length,
    silent: parties.filter((state) => state.count === 0).length,
    byStance,
    byGroup,
  }
}

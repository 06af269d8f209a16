import type { Stance } from './stances'
import type { TrackerData, TrackerReaction, TrackerState } from './types'

/**
 * A State's position over time, from its verified reactions. A step is a stance the State held
 * from the day of its first reaction in that stance until the next reaction in another one.
 *
 * Order: by date, oldest first; reactions of one State on the same day are ordered by reaction id
 * (the order they were entered in), so the one entered last is the later position. This makes the
 * order deterministic however the database returned them, and the same everywhere it is shown.
 */

export type PositionStep = {
  stance: Stance
  /** The day of the first reaction of the step: when the State took this stance. */
  date: string
  /** The reactions behind the step, oldest first; never empty. */
  reactions: TrackerReaction[]
}

/** A State whose latest stance differs from the one it held before. */
export type StanceChange = {
  state: TrackerState
  previous: PositionStep
  latest: PositionStep
}

const byDateThenId = (a: TrackerReaction, b: TrackerReaction) =>
  a.date.localeCompare(b.date) || a.id - b.id

const isActor = (reaction: TrackerReaction, iso2: string) =>
  reaction.actors.some((actor) => actor.type === 'state' && actor.iso2 === iso2)

/** Reactions to steps: consecutive reactions in the same stance are one step. */
function stepsOf(reactions: TrackerReaction[]): PositionStep[] {
  const steps: PositionStep[] = []
  for (const reaction of [...reactions].sort(byDateThenId)) {
    const last = steps.at(-1)
    if (last && last.stance === reaction.stance) last.reactions.push(reaction)
    else steps.push({ stance: reaction.stance, date: reaction.date, reactions: [reaction] })
  }
  return steps
}

/** The stances of the State `iso2` over time, oldest first; organizations' reactions are not its own. */
export function positionHistory(reactions: TrackerReaction[], iso2: string): PositionStep[] {
  return stepsOf(reactions.filter((reaction) => isActor(reaction, iso2)))
}

/**
 * Every State whose latest stance differs from its previous one, the newest change first (then by
 * State name, so that changes on one day keep a stable order).
 */
export function stanceChanges(data: TrackerData): StanceChange[] {
  const byState = new Map<string, TrackerReaction[]>()
  for (const reaction of data.reactions) {
    for (const actor of reaction.actors) {
      if (actor.type !== 'state') continue
      const own = byState.get(actor.iso2) ?? []
      // A reaction naming the same State twice is still one reaction of it.
      if (!own.includes(reaction)) own.push(reaction)
      byState.set(actor.iso2, own)
    }
  }
  const changes: StanceChange[] = []
  for (const state of data.states) {
    const steps = stepsOf(byState.get(state.iso2) ?? [])
    if (steps.length < 2) continue
    changes.push({ state, previous: steps[steps.length - 2], latest: steps[steps.length - 1] })
  }
  return changes.sort(
    (a, b) =>
      b.latest.date.localeCompare(a.latest.date) || a.state.name.localeCompare(b.state.name),
  )
}

/**
 * Whether a State is a party to the Rome Statute on a given day, from the dates that define it:
 * a party from the statute's entry into force for it, until its withdrawal takes effect. Never
 * stored as a flag, so any period can be asked about (on 31 May 2024 there were 124).
 */
export type PartyDates = {
  entryIntoForce?: string | null
  withdrawalEffective?: string | null
}

/** A calendar day (YYYY-MM-DD) of a date or timestamp, in UTC, which is how the dates are stored. */
export const dayOf = (value: string | Date): string =>
  (typeof value === 'string' ? value : value.toISOString()).slice(0, 10)

/**
 * A calendar day as a Date at noon UTC, for formatting: midnight would show as the day before
 * in time zones west of Greenwich.
 */
export const calendarDay = (day: string): Date => new Date(`${day}T12:00:00Z`)

export function isPartyOn(state: PartyDates, day: string): boolean {
  if (!state.entryIntoForce) return false
  const on = dayOf(day)
  if (dayOf(state.entryIntoForce) > on) return false
  return !state.withdrawalEffective || on < dayOf(state.withdrawalEffective)
}

export function countPartiesOn(states: PartyDates[], day: string): number {
  return states.filter((state) => isPartyOn(state, day)).length
}

/** Where a State stands towards the Rome Statute on `day`, with the dates that say so. */
export type PartyStanding =
  | { status: 'withdrew'; from: string; to: string }
  | { status: 'party'; since: string }
  | { status: 'future'; from: string }
  | { status: 'none' }

export function partyStanding(state: PartyDates, day: string): PartyStanding {
  const { entryIntoForce, withdrawalEffective } = state
  if (!entryIntoForce) return { status: 'none' }
  if (withdrawalEffective && dayOf(withdrawalEffective) <= dayOf(day))
    return { status: 'withdrew', from: dayOf(entryIntoForce), to: dayOf(withdrawalEffective) }
  if (isPartyOn(state, day)) return { status: 'party', since: dayOf(entryIntoForce) }
  return { status: 'future', from: dayOf(entryIntoForce) }
}

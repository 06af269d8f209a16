import { describe, expect, it } from 'vitest'

import { countPartiesOn, isPartyOn } from '@/lib/reactions/partyStatus'
import { stateRecords } from '@/lib/reactions/stateData'

const states = stateRecords()
const state = (iso2: string) => {
  const found = states.find((item) => item.iso2 === iso2)
  if (!found) throw new Error(`${iso2} is not in data/`)
  return found
}

describe('party status from the dates in data/', () => {
  it('counts 124 States Parties on 31 May 2024, and 125 once Ukraine joined', () => {
    expect(countPartiesOn(states, '2024-05-31')).toBe(124)
    expect(countPartiesOn(states, '2025-01-01')).toBe(125)
  })

  it('makes Ukraine a party from 1 January 2025, not a day before', () => {
    expect(isPartyOn(state('UA'), '2024-12-31')).toBe(false)
    expect(isPartyOn(state('UA'), '2025-01-01')).toBe(true)
  })

  it('stops counting the Philippines on 17 March 2019, and Burundi on 27 October 2017', () => {
    expect(isPartyOn(state('PH'), '2019-03-16')).toBe(true)
    expect(isPartyOn(state('PH'), '2019-03-17')).toBe(false)
    expect(isPartyOn(state('BI'), '2017-10-26')).toBe(true)
    expect(isPartyOn(state('BI'), '2017-10-27')).toBe(false)
  })

  it('counts the first parties from the statute’s entry into force, 1 July 2002', () => {
    expect(countPartiesOn(states, '2002-06-30')).toBe(0)
    expect(countPartiesOn(states, '2002-07-01')).toBeGreaterThanOrEqual(60)
  })

  it('knows every UN member and observer, with names in every language', () => {
    expect(states.filter((item) => item.unMembership === 'member')).toHaveLength(193)
    expect(state('PS').unMembership).toBe('observer')
    expect(state('CK').unMembership).toBe('none')
    expect(state('FR').names).toEqual({ en: 'France', fr: 'France', es: 'Francia', ar: 'فرنسا' })
    expect(states.every((item) => item.names.ar && item.names.fr && item.names.es)).toBe(true)
  })

  it('accepts timestamps as well as days', () => {
    expect(isPartyOn({ entryIntoForce: '2025-01-01T00:00:00.000Z' }, '2025-01-01T23:00:00.000Z')).toBe(true)
    expect(isPartyOn({ entryIntoForce: null }, '2025-01-01')).toBe(false)
  })
})

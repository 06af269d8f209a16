import isoCountries from 'i18n-iso-countries'
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
    expect(state('DE').names).toEqual({
      en: 'Germany',
      fr: 'Allemagne',
      es: 'Alemania',
      ar: 'ألمانيا',
    })
    expect(state('JP').names).toEqual({ en: 'Japan', fr: 'Japon', es: 'Japón', ar: 'اليابان' })
    expect(state('ZA').names).toEqual({
      en: 'South Africa',
      fr: 'Afrique du Sud',
      es: 'Sudáfrica',
      ar: 'جنوب أفريقيا',
    })
  })

  // The English name stands in where CLDR has none, so a missing translation would not show as an empty name.
  it('has a CLDR name for every State in French, Spanish and Arabic, never the English one standing in', () => {
    for (const locale of ['fr', 'es', 'ar'] as const) {
      expect(
        states.filter((item) => !isoCountries.getName(item.iso2, locale)).map((item) => item.iso2),
        locale,
      ).toEqual([])
    }
    expect(
      states
        .filter((item) => !/^[\p{Script=Arabic}\s()،.-]+$/u.test(item.names.ar))
        .map((item) => item.iso2),
    ).toEqual([])
  })

  it('knows the UN regional group of every UN member, party or not', () => {
    expect(
      states
        .filter((item) => item.unMembership === 'member' && item.regionalGroup === null)
        .map((item) => item.iso2),
    ).toEqual([])
    expect(state('US').regionalGroup).toBe('weog')
    expect(state('CN').regionalGroup).toBe('asia-pacific')
    expect(state('RU').regionalGroup).toBe('eastern-european')
    expect(state('CU').regionalGroup).toBe('latin-american-caribbean')
    expect(state('EG').regionalGroup).toBe('african')
    // The Assembly of States Parties' own count decides for its parties, UN members or not.
    expect(state('CK').regionalGroup).toBe('asia-pacific')
    expect(state('PS').regionalGroup).toBe('asia-pacific')
    expect(state('VA').regionalGroup).toBeNull()
  })

  it('accepts timestamps as well as days', () => {
    expect(
      isPartyOn({ entryIntoForce: '2025-01-01T00:00:00.000Z' }, '2025-01-01T23:00:00.000Z'),
    ).toBe(true)
    expect(isPartyOn({ entryIntoForce: null }, '2025-01-01')).toBe(false)
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import countries from 'i18n-iso-countries'
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' }
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import worldCountries from 'world-countries'

import { type Locale, localeCodes } from '@/i18n/locales'

import { type RegionalGroup, regionalGroups } from './regionalGroups'

for (const data of [en, fr, es, ar]) countries.registerLocale(data)

/** A State as the reference files in data/ describe it (see data/SOURCES.md). */
export type StateRecord = {
  iso2: string
  iso3: string
  names: Record<Locale, string>
  regionalGroup: RegionalGroup | null
  unMembership: 'member' | 'observer' | 'none'
  depositDate: string | null
  entryIntoForce: string | null
  withdrawalEffective: string | null
  note: string | null
}

type PartyRow = {
  iso2: string
  iso3: string
  name_en: string
  regional_group: string
  deposit_date: string
  entry_into_force: string
  withdrawal_effective: string
  note: string
}
type MemberRow = { iso2: string; iso3: string; name_en: string; un_member: string }

const dataDir = path.resolve(process.cwd(), 'data')
const readCsv = <T>(file: string): T[] =>
  parse(readFileSync(path.join(dataDir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as T[]

/**
 * Every UN member and observer State, and every State that is or was a party: English names
 * from the files, the others from CLDR (i18n-iso-countries), the English name standing in
 * where CLDR has none. The regional group is the one the Assembly of States Parties counts a
 * party in (which also places the Cook Islands and Palestine), otherwise the UN's from
 * world-countries: every UN member has one, the Holy See none.
 */
export function stateRecords(): StateRecord[] {
  const parties = new Map(readCsv<PartyRow>('states-parties.csv').map((row) => [row.iso2, row]))
  const members = new Map(readCsv<MemberRow>('un-members-iso.csv').map((row) => [row.iso2, row]))
  const unGroups = new Map(worldCountries.map((country) => [country.cca2, country.unRegionalGroup]))
  const codes = [...new Set([...members.keys(), ...parties.keys()])].sort()
  return codes.map((iso2) => {
    const party = parties.get(iso2)
    const member = members.get(iso2)
    const english = party?.name_en || member?.name_en || iso2
    const names = Object.fromEntries(
      localeCodes.map((locale) => [
        locale,
        locale === 'en' ? english : (countries.getName(iso2, locale) ?? english),
      ]),
    ) as Record<Locale, string>
    const group =
      regionalGroups.find((item) => item.csv === party?.regional_group) ??
      regionalGroups.find((item) => item.un === unGroups.get(iso2))
    return {
      iso2,
      iso3: party?.iso3 || member?.iso3 || '',
      names,
      regionalGroup: group?.value ?? null,
      unMembership:
        member?.un_member === 'yes'
          ? 'member'
          : member?.un_member === 'observer'
            ? 'observer'
            : 'none',
      depositDate: party?.deposit_date || null,
      entryIntoForce: party?.entry_into_force || null,
      withdrawalEffective: party?.withdrawal_effective || null,
      note: party?.note || null,
    }
  })
}

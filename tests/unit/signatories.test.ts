import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import {
  parseSignatoryFilters,
  signatoriesCsv,
  signatoryColumns,
  signatoryRows,
} from '@/lib/signatories/openData'
import type { SignatoriesData } from '@/lib/signatories/types'
import { countByCountry, isJointStatement, nameIn, signatoriesOf } from '@/lib/signatories/view'

const data: SignatoriesData = {
  signatories: [
    {
      id: 1,
      slug: 'zeta',
      names: { en: 'Zeta', fr: 'Éclair', ar: 'ألف' },
      country: 'KE',
      type: 'member',
      website: 'https://zeta.example',
    },
    {
      id: 2,
      slug: 'alpha',
      names: { en: 'Alpha', fr: 'Zèbre', ar: 'ياء' },
      country: 'FR',
      type: 'partner',
      website: null,
    },
    {
      id: 3,
      slug: 'emile',
      names: { en: 'Émile', fr: '' },
      country: 'FR',
      type: 'individual',
      website: null,
    },
    {
      id: 4,
      slug: 'nube',
      names: { en: 'Cloud', es: 'Nube' },
      country: 'ES',
      type: 'member',
      website: null,
    },
    {
      id: 5,
      slug: 'nandu',
      names: { en: 'Rhea', es: 'Ñandú' },
      country: 'ES',
      type: 'member',
      website: null,
    },
  ],
  signatures: [
    { statement: 10, signatory: 1, signedAt: '2026-01-03' },
    { statement: 10, signatory: 2, signedAt: '2026-01-01' },
    { statement: 10, signatory: 3, signedAt: '2026-01-02' },
    { statement: 11, signatory: 4, signedAt: '2026-02-01' },
    { statement: 11, signatory: 5, signedAt: '2026-02-01' },
  ],
  countries: {
    KE: { en: 'Kenya', fr: 'Kenya', ar: 'كينيا' },
    FR: { en: 'France', fr: 'France', ar: 'فرنسا' },
    ES: { en: 'Spain', es: 'España' },
  },
}

const names = (statement: number, locale: 'en' | 'fr' | 'es' | 'ar') =>
  signatoriesOf(data, statement, locale).map((entry) => entry.name.text)

describe('the order of signatories', () => {
  it('follows each language’s alphabet, not code points', () => {
    expect(names(10, 'en')).toEqual(['Alpha', 'Émile', 'Zeta'])
    expect(names(10, 'fr')).toEqual(['Éclair', 'Émile', 'Zèbre'])
    expect(names(10, 'ar')).toEqual(['ألف', 'ياء', 'Émile'])
    // Spanish sorts ñ as a letter of its own after n.
    expect(names(11, 'es')).toEqual(['Nube', 'Ñandú'])
  })

  it('falls back to the English name, and says so', () => {
    expect(nameIn(data.signatories[2].names, 'fr')).toEqual({ text: 'Émile', locale: 'en' })
    expect(nameIn(data.signatories[0].names, 'ar')).toEqual({ text: 'ألف', locale: 'ar' })
  })

  it('filters by country and names countries in the reader’s language', () => {
    const french = signatoriesOf(data, 10, 'ar', 'FR')
    expect(french.map((entry) => entry.slug)).toEqual(['alpha', 'emile'])
    expect(french[0].country.name).toBe('فرنسا')
  })
})

describe('the count sentence’s inputs', () => {
  it('counts organizations and countries, countries in the reader’s order', () => {
    const { organizations, countries } = countByCountry(signatoriesOf(data, 10, 'fr'), 'fr')
    expect(organizations).toBe(3)
    expect(countries).toEqual([
      { code: 'FR', name: 'France', count: 2 },
      { code: 'KE', name: 'Kenya', count: 1 },
    ])
    expect(countByCountry([], 'en')).toEqual({ organizations: 0, countries: [] })
  })

  it('calls a statement joint only when it has a public signature', () => {
    expect(isJointStatement(data, 10)).toBe(true)
    expect(isJointStatement(data, 12)).toBe(false)
  })
})

describe('the open data rows', () => {
  const statements = {
    10: { title: 'Letter', url: 'https://amicus.test/en/statements/letter' },
    11: { title: 'Other', url: 'https://amicus.test/en/statements/other' },
  }
  const url = (slug: string) => `https://amicus.test/en/signatories/${slug}`

  it('has one row per signature in signing order, with the documented columns only', () => {
    const rows = signatoryRows(data, statements, 'en', {}, url)
    expect(rows.map((row) => row.organization_slug)).toEqual([
      'alpha',
      'emile',
      'zeta',
      'nandu',
      'nube',
    ])
    const csv = parse(signatoriesCsv(rows).replace(/^\uFEFF/, '')) as string[][]
    expect(csv[0]).toEqual([...signatoryColumns])
    expect(csv[3]).toEqual([
      '10',
      'Letter',
      'https://amicus.test/en/statements/letter',
      'Zeta',
      'en',
      'zeta',
      'https://amicus.test/en/signatories/zeta',
      'KE',
      'Kenya',
      'member',
      'https://zeta.example',
      '2026-01-03',
    ])
    expect(signatoriesCsv(rows).startsWith('\uFEFF')).toBe(true)
  })

  it('applies the statement and country filters', () => {
    const rows = signatoryRows(data, statements, 'fr', { statement: 10, country: 'FR' }, url)
    expect(rows.map((row) => row.organization)).toEqual(['Zèbre', 'Émile'])
    expect(rows.map((row) => row.organization_language)).toEqual(['fr', 'en'])
  })

  it('reads filters, refusing what cannot be applied', () => {
    const read = (query: string) => parseSignatoryFilters(new URLSearchParams(query))
    expect(read('statement=10&country=ke')).toEqual({
      ok: true,
      filters: { statement: 10, country: 'KE' },
    })
    expect(read('statement=&country=')).toEqual({ ok: true, filters: {} })
    for (const query of [
      'statement=abc',
      'statement=-1',
      'country=FRA',
      'country=1',
      'country=FR&country=KE',
    ])
      expect(read(query).ok).toBe(false)
  })
})

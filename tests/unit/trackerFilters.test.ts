import { describe, expect, it } from 'vitest'

import {
  defaultFilters,
  filterChoices,
  filtersToQuery,
  parseFilters,
  queryParams,
} from '@/lib/reactions/filters'

const today = '2025-06-15'
const parse = (query: string) => parseFilters(queryParams(new URLSearchParams(query)), today)
const problems = (query: string) => {
  const parsed = parse(query)
  return parsed.ok ? [] : parsed.problems
}

describe('the tracker’s filters', () => {
  it('reads every filter it has, and treats an empty value (the form’s “any”) as none', () => {
    expect(
      parse(
        'from=2024-05-01&to=2025-01-31&stance=none&group=asia-pacific&party=no&defended=yes&sort=latest&dir=desc',
      ),
    ).toEqual({
      ok: true,
      filters: {
        from: '2024-05-01',
        to: '2025-01-31',
        stance: 'none',
        group: 'asia-pacific',
        party: 'no',
        defended: true,
        sort: 'latest',
        dir: 'desc',
      },
    })
    expect(parse('from=&to=&stance=&group=&party=')).toEqual({
      ok: true,
      filters: defaultFilters(today),
    })
    expect(defaultFilters(today)).toEqual({
      from: null,
      to: today,
      stance: null,
      group: null,
      party: null,
      defended: false,
      sort: 'name',
      dir: 'asc',
    })
    expect(parse(`to=${today}&from=${today}`).ok).toBe(true)
  })

  it('ignores parameters it does not know, as the statements index does', () => {
    expect(parse('utm_source=newsletter&stance=condemns&page=2')).toEqual({
      ok: true,
      filters: { ...defaultFilters(today), stance: 'condemns' },
    })
  })

  it('names each filter it cannot apply, with the values it accepts', () => {
    expect(problems('stance=bogus')).toEqual([
      { parameter: 'stance', value: 'bogus', kind: 'choice', accepted: filterChoices.stance },
    ])
    expect(
      problems('group=XYZ&party=maybe&defended=no&sort=date&dir=up').map(
        ({ parameter }) => parameter,
      ),
    ).toEqual(['group', 'party', 'defended', 'sort', 'dir'])
    expect(problems('party=maybe')).toEqual([
      { parameter: 'party', value: 'maybe', kind: 'choice', accepted: ['yes', 'no'] },
    ])
    // Values are exact: no guessing at case or spaces.
    expect(problems('stance=Condemns&group=%20weog').map(({ parameter }) => parameter)).toEqual([
      'stance',
      'group',
    ])
  })

  it('refuses a repeated filter rather than choosing one of its values', () => {
    expect(problems('stance=condemns&stance=supports')).toEqual([
      {
        parameter: 'stance',
        value: 'condemns, supports',
        kind: 'choice',
        accepted: filterChoices.stance,
      },
    ])
    expect(problems('from=2024-01-01&from=2024-02-01')).toEqual([
      { parameter: 'from', value: '2024-01-01, 2024-02-01', kind: 'date' },
    ])
  })

  it('takes only real calendar days, written YYYY-MM-DD', () => {
    for (const value of [
      'notadate',
      '2024-13-45',
      '2024-02-30',
      '2023-02-29',
      '2024-5-1',
      '01/05/2024',
      '2024-05-01T00:00:00Z',
    ]) {
      expect(problems(`from=${encodeURIComponent(value)}`), value).toEqual([
        { parameter: 'from', value, kind: 'date' },
      ])
    }
    expect(problems('to=2024-13-45')).toEqual([
      { parameter: 'to', value: '2024-13-45', kind: 'date' },
    ])
    expect(parse('from=2024-02-29').ok).toBe(true)
  })

  it('refuses a period that ends after today, or starts after it ends', () => {
    expect(problems('to=2025-06-16')).toEqual([
      { parameter: 'to', value: '2025-06-16', kind: 'future', today },
    ])
    expect(problems('from=2025-03-01&to=2025-02-01')).toEqual([
      { parameter: 'from', value: '2025-03-01', kind: 'order', to: '2025-02-01' },
    ])
    expect(problems('from=2025-07-01')).toEqual([
      { parameter: 'from', value: '2025-07-01', kind: 'order', to: today },
    ])
  })

  it('writes back a query it reads as the same filters', () => {
    const query =
      'from=2024-05-01&to=2025-01-31&stance=condemns&group=weog&party=yes&defended=yes&sort=count&dir=desc'
    const parsed = parse(query)
    expect(parsed.ok && filtersToQuery(parsed.filters, today)).toBe(`?${query}`)
    expect(filtersToQuery(defaultFilters(today), today)).toBe('')
  })
})

import { describe, expect, it } from 'vitest'

import { defaultFilters, parseFilters } from '@/lib/reactions/filters'
import { buildTracker, trackerView } from '@/lib/reactions/tracker'
import type { TrackerData, TrackerReaction } from '@/lib/reactions/types'

const today = '2025-06-30'

const reaction = (id: number, iso2: string, date: string, stance: TrackerReaction['stance']) => ({
  id,
  date,
  stance,
  actors: [{ type: 'state' as const, iso2, name: iso2 }],
  summary: null,
  summaryLocale: 'en' as const,
  quote: null,
  quoteLanguage: null,
  sourceUrl: `https://example.org/${id}`,
  sourceTitle: `Source ${id}`,
  sourcePublisher: null,
  archivedUrl: null,
  sample: false,
  relatedStatements: [],
  corrections: [],
})

const state = (id: number, iso2: string, name: string) => ({
  id,
  iso2,
  iso3: '',
  name,
  regionalGroup: null,
  depositDate: '2000-01-01',
  entryIntoForce: '2002-07-01',
  withdrawalEffective: null,
})

const data = (): TrackerData => ({
  states: [state(1, 'FR', 'France'), state(2, 'DE', 'Germany'), state(3, 'HU', 'Hungary')],
  reactions: [
    reaction(3, 'HU', '2025-04-03', 'opposes'),
    reaction(2, 'DE', '2025-03-01', 'supports'),
    reaction(1, 'FR', '2025-02-10', 'condemns'),
  ],
})

const filters = (query: Record<string, string>) => {
  const parsed = parseFilters(query, today)
  if (!parsed.ok) throw new Error('bad filters')
  return parsed.filters
}

describe('tracker views', () => {
  it('are what buildTracker computes', () => {
    const read = data()
    const queries: Record<string, string>[] = [
      {},
      { stance: 'condemns', sort: 'latest' },
      { from: '2025-03-01' },
    ]
    for (const query of queries)
      expect(trackerView(read, filters(query))).toEqual(buildTracker(read, filters(query)))
  })

  it('are computed once per data read and filters', () => {
    const read = data()
    const view = trackerView(read, defaultFilters(today))
    expect(trackerView(read, filters({}))).toBe(view)
    expect(trackerView(read, filters({ stance: 'condemns' }))).not.toBe(view)
    // A new read (the data changed) gets views of its own.
    expect(trackerView(data(), defaultFilters(today))).not.toBe(view)
  })

  it('keep the table’s filters apart', () => {
    const read = data()
    expect(trackerView(read, filters({ stance: 'condemns' })).rows.map((row) => row.iso2)).toEqual([
      'FR',
    ])
    expect(
      trackerView(read, filters({ sort: 'latest', dir: 'desc' })).rows.map((row) => row.iso2),
    ).toEqual(['HU', 'DE', 'FR'])
  })
})

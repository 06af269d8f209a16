import { describe, expect, it } from 'vitest'

import { positionHistory, stanceChanges } from '@/lib/reactions/history'
import type { Stance } from '@/lib/reactions/stances'
import type { TrackerActor, TrackerReaction, TrackerState } from '@/lib/reactions/types'

const state = (iso2: string, name: string): TrackerState => ({
  id: iso2.charCodeAt(0) * 100 + iso2.charCodeAt(1),
  iso2,
  iso3: '',
  name,
  regionalGroup: null,
  depositDate: null,
  entryIntoForce: null,
  withdrawalEffective: null,
})
const actor = (iso2: string): TrackerActor => ({ type: 'state', iso2, name: iso2 })
const eu: TrackerActor = { type: 'organization', code: 'EU', name: 'European Union' }

const reaction = (
  id: number,
  date: string,
  stance: Stance,
  actors: TrackerActor[],
): TrackerReaction => ({
  id,
  date,
  stance,
  actors,
  summary: null,
  summaryLocale: 'en',
  quote: null,
  quoteLanguage: null,
  sourceUrl: `https://example.org/source/${id}`,
  sourceTitle: `Source ${id}`,
  archivedUrl: null,
  sourcePublisher: null,
  sample: false,
  relatedStatements: [],
  corrections: [],
})

const summary = (steps: ReturnType<typeof positionHistory>) =>
  steps.map((step) => [step.stance, step.date, step.reactions.map((item) => item.id)])

describe('a State’s position history', () => {
  it('is oldest first, whatever order the reactions come in', () => {
    const reactions = [
      reaction(3, '2025-02-12', 'concern', [actor('FR')]),
      reaction(1, '2024-06-03', 'supports', [actor('FR')]),
      reaction(2, '2024-09-01', 'condemns', [actor('FR')]),
    ]
    expect(summary(positionHistory(reactions, 'FR'))).toEqual([
      ['supports', '2024-06-03', [1]],
      ['condemns', '2024-09-01', [2]],
      ['concern', '2025-02-12', [3]],
    ])
  })

  it('collapses consecutive reactions in one stance into a step that starts at the first', () => {
    const reactions = [
      reaction(4, '2025-03-01', 'supports', [actor('FR')]),
      reaction(2, '2024-07-01', 'supports', [actor('FR')]),
      reaction(1, '2024-06-03', 'supports', [actor('FR')]),
      reaction(3, '2025-02-12', 'concern', [actor('FR')]),
    ]
    const steps = positionHistory(reactions, 'FR')
    expect(summary(steps)).toEqual([
      ['supports', '2024-06-03', [1, 2]],
      ['concern', '2025-02-12', [3]],
      ['supports', '2025-03-01', [4]],
    ])
    expect(steps[0].reactions[0]).toMatchObject({
      id: 1,
      date: '2024-06-03',
      sourceUrl: 'https://example.org/source/1',
      sourceTitle: 'Source 1',
    })
  })

  it('orders reactions of one day by id, so the one entered last is the later position', () => {
    const reactions = [
      reaction(8, '2025-01-10', 'concern', [actor('FR')]),
      reaction(5, '2025-01-10', 'supports', [actor('FR')]),
    ]
    expect(summary(positionHistory(reactions, 'FR'))).toEqual([
      ['supports', '2025-01-10', [5]],
      ['concern', '2025-01-10', [8]],
    ])
    expect(summary(positionHistory([...reactions].reverse(), 'FR'))).toEqual(
      summary(positionHistory(reactions, 'FR')),
    )
  })

  it('counts a joint reaction for each State in it, and never an organization’s', () => {
    const reactions = [
      reaction(1, '2024-06-03', 'supports', [actor('FR'), actor('DE'), eu]),
      reaction(2, '2024-08-01', 'opposes', [eu]),
      reaction(3, '2024-09-01', 'concern', [actor('DE')]),
    ]
    expect(summary(positionHistory(reactions, 'FR'))).toEqual([['supports', '2024-06-03', [1]]])
    expect(summary(positionHistory(reactions, 'DE'))).toEqual([
      ['supports', '2024-06-03', [1]],
      ['concern', '2024-09-01', [3]],
    ])
    expect(positionHistory(reactions, 'EU')).toEqual([])
  })
})

describe('stance changes', () => {
  const states = [state('FR', 'France'), state('DE', 'Germany'), state('JP', 'Japan')]

  it('lists the States whose latest stance differs from the previous one, newest change first', () => {
    const reactions = [
      reaction(1, '2024-06-03', 'supports', [actor('FR'), actor('DE')]),
      reaction(2, '2025-02-12', 'concern', [actor('FR')]),
      reaction(3, '2025-03-01', 'condemns', [actor('DE')]),
      reaction(4, '2025-04-01', 'supports', [actor('JP')]),
      reaction(5, '2025-05-01', 'supports', [actor('JP')]),
      reaction(6, '2025-05-02', 'opposes', [eu]),
    ]
    const changes = stanceChanges({ states, reactions })
    expect(
      changes.map((change) => [
        change.state.iso2,
        change.previous.stance,
        change.previous.date,
        change.latest.stance,
        change.latest.date,
      ]),
    ).toEqual([
      ['DE', 'supports', '2024-06-03', 'condemns', '2025-03-01'],
      ['FR', 'supports', '2024-06-03', 'concern', '2025-02-12'],
    ])
    expect(changes[1].previous.reactions.map((item) => item.sourceUrl)).toEqual([
      'https://example.org/source/1',
    ])
    expect(changes[1].latest.reactions.map((item) => item.sourceTitle)).toEqual(['Source 2'])
  })

  it('compares the latest step with the one just before it, not with the first', () => {
    const reactions = [
      reaction(1, '2024-01-01', 'supports', [actor('FR')]),
      reaction(2, '2024-06-01', 'concern', [actor('FR')]),
      reaction(3, '2025-01-01', 'supports', [actor('FR')]),
      reaction(4, '2025-02-01', 'supports', [actor('FR')]),
    ]
    const [change] = stanceChanges({ states, reactions })
    expect(change.previous).toMatchObject({ stance: 'concern', date: '2024-06-01' })
    expect(change.latest.stance).toBe('supports')
    expect(change.latest.date).toBe('2025-01-01')
    expect(change.latest.reactions.map((item) => item.id)).toEqual([3, 4])
  })

  it('is not a change when a State kept one stance, or has a single reaction', () => {
    const reactions = [
      reaction(1, '2024-06-03', 'supports', [actor('FR')]),
      reaction(2, '2025-02-12', 'supports', [actor('FR')]),
      reaction(3, '2025-03-01', 'concern', [actor('DE')]),
    ]
    expect(stanceChanges({ states, reactions })).toEqual([])
  })

  it('decides a same-day tie by reaction id, and orders changes of one day by State name', () => {
    const reactions = [
      reaction(9, '2025-01-10', 'supports', [actor('JP')]),
      reaction(7, '2025-01-10', 'concern', [actor('JP')]),
      reaction(1, '2024-01-01', 'supports', [actor('FR')]),
      reaction(2, '2025-01-10', 'concern', [actor('FR')]),
    ]
    const changes = stanceChanges({ states, reactions })
    expect(changes.map((change) => change.state.name)).toEqual(['France', 'Japan'])
    expect(changes[1].previous.stance).toBe('concern')
    expect(changes[1].latest.stance).toBe('supports')
  })
})

import { describe, expect, it } from 'vitest'

import { dayIn, groupByDay, type CalendarRelease } from '@/lib/releases/calendar'
import {
  draftFingerprint,
  duplicateProblems,
  refusalMessage,
  type StatementState,
  statementProblems,
} from '@/lib/releases/snapshot'

const ready: StatementState = {
  statement: 7,
  languages: ['en', 'fr', 'ar'],
  draft: { title: 'Court budget', revision: 'rev-2' },
  accepted: { fr: { id: 1, sourceRevision: 'rev-2' }, ar: { id: 2, sourceRevision: 'rev-2' } },
  inRelease: null,
}

describe('readiness of a statement in a release', () => {
  it('passes when the English draft has a title and every chosen language an accepted translation of it', () => {
    expect(statementProblems(ready)).toEqual([])
  })

  it('names each language with no accepted translation, in English', () => {
    expect(
      statementProblems({ ...ready, languages: ['en', 'fr', 'es', 'ar'], accepted: {} }),
    ).toEqual([
      '“Court budget”: French has no accepted translation.',
      '“Court budget”: Spanish has no accepted translation.',
      '“Court budget”: Arabic has no accepted translation.',
    ])
  })

  it('refuses a translation made from another English text than the one that goes out', () => {
    const outdated = {
      ...ready,
      accepted: { ...ready.accepted, fr: { id: 1, sourceRevision: 'rev-1' } },
    }
    expect(statementProblems(outdated)).toEqual([
      '“Court budget”: the accepted French translation was made from another English text: accept a translation of the English that goes out.',
    ])
  })

  it('needs English, a titled draft, and no other scheduled release', () => {
    expect(statementProblems({ ...ready, languages: ['fr', 'ar'] })).toEqual([
      '“Court budget”: English always goes out, it is the original.',
    ])
    expect(statementProblems({ ...ready, draft: null })).toEqual([
      'Statement 7 has no English text with a title to publish.',
    ])
    expect(statementProblems({ ...ready, inRelease: 'Assembly week' })).toEqual([
      '“Court budget” is already in the scheduled release “Assembly week”.',
    ])
  })

  it('lists a statement once per release', () => {
    expect(duplicateProblems([ready, { ...ready, languages: ['en'] }])).toEqual([
      '“Court budget” is listed twice: list it once.',
    ])
    expect(refusalMessage(['A.', 'B.'])).toBe('This release cannot be scheduled: A. B.')
  })
})

describe('the fingerprint of an approved draft', () => {
  const draft = {
    title: 'Court budget',
    body: { root: { type: 'root', children: [{ type: 'paragraph', text: 'One' }] } },
    topics: [3, 4],
    publishedAt: '2026-12-07T08:00:00.000Z',
    updatedAt: '2026-12-07T08:00:00.000Z',
  }

  it('is the same for the same content, whatever the key order or the bookkeeping', () => {
    const reordered = {
      updatedAt: '2026-12-08T10:00:00.000Z',
      topics: [3, 4],
      publishedAt: '2026-12-07T08:00:00.000Z',
      body: { root: { children: [{ text: 'One', type: 'paragraph' }], type: 'root' } },
      title: 'Court budget',
      searchText: 'derived',
    }
    expect(draftFingerprint(reordered)).toBe(draftFingerprint(draft))
  })

  it('changes with any edit an editor makes', () => {
    expect(draftFingerprint({ ...draft, title: 'Court budget, revised' })).not.toBe(
      draftFingerprint(draft),
    )
    expect(draftFingerprint({ ...draft, topics: [3] })).not.toBe(draftFingerprint(draft))
  })
})

describe('the calendar', () => {
  const release = (id: number, moment: string): CalendarRelease => ({
    id,
    title: `Release ${id}`,
    moment,
    status: 'scheduled',
    failureReason: null,
    items: [],
    reactions: 0,
  })

  it('groups releases by their day in the viewer’s time zone', () => {
    const releases = [
      release(1, '2026-12-07T22:30:00.000Z'),
      release(2, '2026-12-07T23:30:00.000Z'),
      release(3, '2026-12-08T09:00:00.000Z'),
    ]
    expect(dayIn(releases[1].moment, 'Europe/Paris')).toBe('2026-12-08')
    expect(
      groupByDay(releases, 'Europe/Paris').map(({ day, releases: list }) => [
        day,
        list.map((item) => item.id),
      ]),
    ).toEqual([
      ['2026-12-07', [1]],
      ['2026-12-08', [2, 3]],
    ])
    expect(groupByDay(releases, 'America/New_York').map(({ day }) => day)).toEqual([
      '2026-12-07',
      '2026-12-08',
    ])
  })
})

import { describe, expect, it } from 'vitest'

import { instantOf, wallTimeIn } from '@/lib/wallClock'

describe('wall-clock times in a time zone', () => {
  it('reads a datetime-local value as the time on the clocks of that zone', () => {
    expect(instantOf('2026-12-07T09:00', 'UTC')?.toISOString()).toBe('2026-12-07T09:00:00.000Z')
    expect(instantOf('2026-12-07T09:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-12-07T08:00:00.000Z',
    )
    // Summer time in Paris, and a zone west of Greenwich on the next day in UTC.
    expect(instantOf('2026-07-01T09:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    )
    expect(instantOf('2026-12-07T21:30', 'America/New_York')?.toISOString()).toBe(
      '2026-12-08T02:30:00.000Z',
    )
  })

  it('lands right on the days the clocks change', () => {
    // Paris went to summer time at 02:00 on 29 March 2026: 03:30 was already summer time.
    expect(instantOf('2026-03-29T03:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
    expect(instantOf('2026-03-29T01:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    )
  })

  it('writes an instant back as the same value', () => {
    const instant = new Date('2026-12-08T02:30:00.000Z')
    expect(wallTimeIn(instant, 'America/New_York')).toBe('2026-12-07T21:30')
    expect(instantOf(wallTimeIn(instant, 'Asia/Kolkata'), 'Asia/Kolkata')).toEqual(instant)
  })

  it('refuses what is on no calendar', () => {
    expect(instantOf('2026-02-31T09:00', 'UTC')).toBeNull()
    expect(instantOf('2026-12-07 09:00', 'UTC')).toBeNull()
    expect(instantOf('', 'UTC')).toBeNull()
  })
})

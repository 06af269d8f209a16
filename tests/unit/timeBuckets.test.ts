import { describe, expect, it } from 'vitest'

import { bucketize, chooseUnit } from '@/lib/reactions/timeBuckets'

describe('bucketize', () => {
  it('fills the empty months across a year boundary', () => {
    const dates = [
      { date: '2024-11-20', category: 'condemns' },
      { date: '2024-11-30', category: 'supports' },
      { date: '2024-11-30', category: 'condemns' },
      { date: '2025-02-01', category: 'condemns' },
      { date: '2023-06-01', category: 'condemns' },
    ]
    expect(bucketize(dates, 'month', '2024-11-15', '2025-02-03')).toEqual([
      { start: '2024-11-01', counts: { condemns: 2, supports: 1 } },
      { start: '2024-12-01', counts: {} },
      { start: '2025-01-01', counts: {} },
      { start: '2025-02-01', counts: { condemns: 1 } },
    ])
  })

  it('starts weeks on Monday', () => {
    const dates = [
      { date: '2024-05-05', category: 'concern' }, // Sunday
      { date: '2024-05-06', category: 'concern' }, // Monday
      { date: '2025-01-01', category: 'opposes' }, // Wednesday, in the week of Monday 30 December
    ]
    const weeks = bucketize(dates, 'week', '2024-05-01', '2025-01-02')
    expect(weeks[0]).toEqual({ start: '2024-04-29', counts: { concern: 1 } })
    expect(weeks[1]).toEqual({ start: '2024-05-06', counts: { concern: 1 } })
    expect(weeks.at(-1)).toEqual({ start: '2024-12-30', counts: { opposes: 1 } })
    expect(weeks).toHaveLength(36)
    expect(weeks.every(({ start }) => new Date(start).getUTCDay() === 1)).toBe(true)
  })

  it('chooses weeks up to 26 weeks, months beyond', () => {
    expect(chooseUnit('2024-01-01', '2024-06-30')).toBe('week')
    expect(chooseUnit('2024-01-01', '2024-07-01')).toBe('week')
    expect(chooseUnit('2024-01-01', '2024-07-02')).toBe('month')
  })
})

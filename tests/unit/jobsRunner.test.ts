import { describe, expect, it } from 'vitest'

import { msToNextRound } from '@/lib/jobs/runner'

describe('the job runner’s rounds', () => {
  it('start a second past each whole minute, when what was set on the minute is due', () => {
    const nineOClock = Date.parse('2026-12-07T09:00:00.000Z')
    expect(msToNextRound(nineOClock - 20_000)).toBe(21_000)
    expect(msToNextRound(nineOClock + 1_000)).toBe(60_000)
    expect(msToNextRound(nineOClock + 59_500)).toBe(1_500)
  })
})

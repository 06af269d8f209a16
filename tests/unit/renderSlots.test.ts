import { afterEach, describe, expect, it, vi } from 'vitest'

// The callbacks Next would run once each response has been sent.
const sent: (() => void)[] = []
vi.mock('next/server', () => ({ after: (callback: () => void) => sent.push(callback) }))

const { renderSlots } = await import('@/lib/render/renderSlots')

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  sent.length = 0
  vi.useRealTimers()
})

describe('render slots', () => {
  it('let `limit` renders run, and the next one when a response has been sent', async () => {
    const takeTurn = renderSlots(2)
    const started: number[] = []
    for (const n of [1, 2, 3, 4]) void takeTurn().then(() => started.push(n))
    await settled()
    expect(started).toEqual([1, 2])
    sent[0]()
    await settled()
    expect(started).toEqual([1, 2, 3])
    // A response reported twice frees one turn, not two.
    sent[0]()
    await settled()
    expect(started).toEqual([1, 2, 3])
    sent[1]()
    await settled()
    expect(started).toEqual([1, 2, 3, 4])
  })

  it('free a turn whose end is never reported, after the time it may hold it', async () => {
    vi.useFakeTimers()
    const takeTurn = renderSlots(1, 1_000)
    const started: number[] = []
    for (const n of [1, 2]) void takeTurn().then(() => started.push(n))
    await vi.advanceTimersByTimeAsync(999)
    expect(started).toEqual([1])
    await vi.advanceTimersByTimeAsync(1)
    expect(started).toEqual([1, 2])
  })
})

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withAdvisoryLock } from '@/lib/db/advisoryLock'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

/** A piece of work that holds the lock until `finish` is called. */
function heldWork() {
  let finish = () => {}
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { work: () => done.then(() => 'first'), finish }
}

describe('advisory locks', () => {
  it('let one holder through: `skip` gives up while it holds, `wait` runs after it', async () => {
    const first = heldWork()
    const holding = withAdvisoryLock(payload, 'jobs', 'skip', first.work)
    await new Promise((resolve) => setTimeout(resolve, 100))

    expect(await withAdvisoryLock(payload, 'jobs', 'skip', async () => 'second')).toEqual({
      ran: false,
    })
    const order: string[] = []
    const waiting = withAdvisoryLock(payload, 'jobs', 'wait', async () => order.push('waiter'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    order.push('first finishes')
    first.finish()

    expect(await holding).toEqual({ ran: true, result: 'first' })
    expect(await waiting).toEqual({ ran: true, result: 2 })
    expect(order).toEqual(['first finishes', 'waiter'])
  })

  it('free the lock when the work fails', async () => {
    await expect(
      withAdvisoryLock(payload, 'jobs', 'skip', async () =>
        Promise.reject(new Error('job failed')),
      ),
    ).rejects.toThrow('job failed')
    expect(await withAdvisoryLock(payload, 'jobs', 'skip', async () => 'after')).toEqual({
      ran: true,
      result: 'after',
    })
  })
})

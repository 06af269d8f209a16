import { randomBytes } from 'node:crypto'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'
import { redisConnection } from '@/lib/redis.mjs'
import { rateLimiter } from '@/lib/security/rateLimits'

import { connected, type RedisServer, startRedis } from '../helpers/redisServer'

let redis: RedisServer

beforeAll(async () => {
  redis = await startRedis()
})

afterAll(async () => {
  await redis?.stop()
})

/** How many of `attempts` requests a limiter lets through. */
async function allowed(
  limiter: RateLimiterAbstract,
  client: string,
  attempts: number,
): Promise<number> {
  let passed = 0
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await limiter.consume(client)
      passed++
    } catch {
      // Over the limit.
    }
  }
  return passed
}

/** A limit of its own per test, so that a shared REDIS_URL keeps no count from another run. */
const uniqueName = () => `test-${randomBytes(4).toString('hex')}`

describe('rate limits across instances', () => {
  it('are one count for a client however its requests are spread, with Redis', async () => {
    const name = uniqueName()
    const instanceA = rateLimiter(name, 5, 60, redis.url)
    const instanceB = rateLimiter(name, 5, 60, redis.url)
    // The connection is made in the background; requests count locally until it is ready.
    expect(await connected(redisConnection(redis.url))).toBe(true)

    expect(await allowed(instanceA, '203.0.113.7', 3)).toBe(3)
    expect(await allowed(instanceB, '203.0.113.7', 3)).toBe(2)
    expect(await allowed(instanceA, '203.0.113.7', 1)).toBe(0)
    // Another client has its own count.
    expect(await allowed(instanceB, '198.51.100.2', 1)).toBe(1)
  })

  it('are counted by each instance on its own without Redis', async () => {
    const name = uniqueName()
    const instanceA = rateLimiter(name, 5, 60, undefined)
    const instanceB = rateLimiter(name, 5, 60, undefined)
    expect(await allowed(instanceA, '203.0.113.7', 6)).toBe(5)
    expect(await allowed(instanceB, '203.0.113.7', 6)).toBe(5)
  })

  it('still hold, per instance and without waiting, while Redis is unreachable', async () => {
    const limiter = rateLimiter(uniqueName(), 5, 60, `redis://127.0.0.1:${await freePort()}`)
    const started = Date.now()
    expect(await allowed(limiter, '203.0.113.7', 8)).toBe(5)
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})

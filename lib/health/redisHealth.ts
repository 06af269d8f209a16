import { env } from '@/lib/env'
import { redisConnection } from '@/lib/redis.mjs'

/** `off` without REDIS_URL (each instance caches for itself); otherwise whether Redis answers a ping. */
export type RedisHealth = 'off' | 'up' | 'down'

/** A connection made by this very check (the first in a process) gets this long to come up. */
const connectGraceMs = 1_000

export async function redisHealth(url = env.REDIS_URL): Promise<RedisHealth> {
  if (!url) return 'off'
  const client = redisConnection(url)
  if (!client.isReady) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, connectGraceMs)
      client.once('ready', done)
      function done() {
        clearTimeout(timer)
        client.off('ready', done)
        resolve()
      }
    })
  }
  if (!client.isReady) return 'down'
  try {
    await client.ping()
    return 'up'
  } catch {
    return 'down'
  }
}

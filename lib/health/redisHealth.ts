import { env } from '@/lib/env'
import { redisConnection } from '@/lib/redis.mjs'

/** `off` without REDIS_URL (each instance caches for itself); otherwise whether Redis answers a ping. */
export type RedisHealth = 'off' | 'up' | 'down'

export async function redisHealth(url = env.REDIS_URL): Promise<RedisHealth> {
  if (!url) return 'off'
  const client = redisConnection(url)
  if (!client.isReady) return 'down'
  try {
    await client.ping()
    return 'up'
  } catch {
    return 'down'
  }
}

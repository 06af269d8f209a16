import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { env } from '@/lib/env'
import { redisConnection } from '@/lib/redis.mjs'

/**
 * One limit, counted in Redis when REDIS_URL is set, so that a client spread over several
 * instances meets the same limit (falling back to this instance's own count while Redis is
 * unreachable); in memory otherwise.
 */
export function rateLimiter(
  name: string,
  points: number,
  durationSeconds: number,
  redisUrl = env.REDIS_URL,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds })
  if (!redisUrl) return memory
  return new RateLimiterRedis({
    storeClient: redisConnection(redisUrl),
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
    keyPrefix: `amicus:rate:${name}`,
    points,
    duration: durationSeconds,
  })
}

export type RateLimit = 'login' | 'search' | 'import' | 'signOnEmail' | 'signOnClient'

let limiters: Record<RateLimit, RateLimiterAbstract> | undefined

/**
 * How often one client may try to sign in, search, import and ask to sign a statement (per client
 * address, and per email address the request is for). Account lockout after five wrong
 * passwords (collections/Users) is also shared, through the database. Made on first use, so that
 * scripts which load the config (migrations, the seed) do not connect to Redis.
 */
function rateLimiters(): Record<RateLimit, RateLimiterAbstract> {
  limiters ??= {
    login: rateLimiter('login', env.LOGIN_ATTEMPTS_PER_15_MINUTES, 15 * 60),
    search: rateLimiter('search', env.SEARCHES_PER_MINUTE, 60),
    import: rateLimiter('import', env.IMPORTS_PER_MINUTE, 60),
    signOnEmail: rateLimiter('sign-on-email', env.SIGN_ON_REQUESTS_PER_HOUR_PER_EMAIL, 60 * 60),
    signOnClient: rateLimiter('sign-on-client', env.SIGN_ON_REQUESTS_PER_HOUR_PER_CLIENT, 60 * 60),
  }
  return limiters
}

/** Counts one request; when the client is over its limit, the seconds until it may try again. */
export async function overLimit(limit: RateLimit, key: string): Promise<number | null> {
  try {
    await rateLimiters()[limit].consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** Counts one file import by this person; past IMPORTS_PER_MINUTE, why they must wait. */
export async function importRefusal(userId: number | string | undefined): Promise<string | null> {
  const retryAfter = await overLimit('import', `user:${userId}`)
  return retryAfter === null
    ? null
    : `You have started many imports in the last minute: try again in ${retryAfter} s.`
}

/**
 * The client's address as the edge saw it: the last entry of X-Forwarded-For, which our nginx
 * appends (deploy/nginx.conf). Earlier entries come from the client and prove nothing. Without
 * an edge in front every request counts as one client, which errs on the side of limiting.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops.at(-1) ?? 'direct'
}

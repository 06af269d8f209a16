import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '@/lib/env'

/**
 * How often one client may try to sign in, search and import. Each instance counts on its own
 * (in memory); account lockout after five wrong passwords (collections/Users) is shared through
 * the database, so a password-guessing run spread over instances still stops there.
 */
export const rateLimiters = {
  login: new RateLimiterMemory({ keyPrefix: 'login', points: env.LOGIN_ATTEMPTS_PER_15_MINUTES, duration: 15 * 60 }),
  search: new RateLimiterMemory({ keyPrefix: 'search', points: env.SEARCHES_PER_MINUTE, duration: 60 }),
  import: new RateLimiterMemory({ keyPrefix: 'import', points: env.IMPORTS_PER_MINUTE, duration: 60 }),
}

export type RateLimit = keyof typeof rateLimiters

/** Counts one request; when the client is over its limit, the seconds until it may try again. */
export async function overLimit(limit: RateLimit, key: string): Promise<number | null> {
  try {
    await rateLimiters[limit].consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/**
 * The client's address as the edge saw it: the last entry of X-Forwarded-For, which our nginx
 * appends (deploy/nginx.conf). Earlier entries come from the client and prove nothing. Without
 * an edge in front every request counts as one client, which errs on the side of limiting.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
  return hops.at(-1) ?? 'direct'
}

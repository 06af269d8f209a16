// @ts-check
/**
 * The process's connection to Redis (REDIS_URL), shared by the page cache
 * (lib/cache/sharedCacheHandler.mjs, which Next loads outside its compiler, hence JavaScript) and
 * the rate limits. Commands fail at once while Redis is down rather than queueing, so a lost
 * Redis costs a render or falls back to per-instance counting, never a hung request; the client
 * keeps reconnecting by itself.
 */
import { createClient } from '@redis/client'

const connectTimeoutMs = 2_000
/** A Redis that accepts connections but does not answer must not hold a request for long. */
const commandTimeoutMs = 1_000

/** @param {string} url */
function connect(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  })
  let reported = false
  client.on('error', (/** @type {Error} */ error) => {
    if (!reported)
      console.error(
        `Redis unreachable (${error.message}): pages render without the shared cache and rate limits count per instance until it returns.`,
      )
    reported = true
  })
  client.on('ready', () => {
    if (reported) console.warn('Redis is back.')
    reported = false
  })
  // Not awaited: callers check `isReady` and do without Redis meanwhile.
  client.connect().catch(() => {})
  return client
}

/** @typedef {ReturnType<typeof connect>} RedisConnection */

/** @type {Map<string, RedisConnection>} One per process and URL. */
const connections = new Map()

/** @param {string} url */
export function redisConnection(url) {
  let client = connections.get(url)
  if (!client) {
    client = connect(url)
    connections.set(url, client)
  }
  return client
}

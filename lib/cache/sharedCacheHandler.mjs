// @ts-check
/**
 * Next.js's cache (rendered pages, `unstable_cache` data): in Redis when REDIS_URL is set
 * (lib/cache/redisCache.mjs), shared by every instance; Next's own file-system cache otherwise.
 *
 * Either way, every process also reads the database's log of invalidations
 * (lib/cache/invalidationLog.mjs): at once when Postgres announces a change, and in the background
 * as it judges entries, at most once a second. That is how a
 * write made anywhere else — another instance without Redis, `npm run seed`, an import, a restore,
 * a job — reaches the pages this process caches: the changed tags are marked stale in Next's tag
 * manifest, and Next re-renders what carries them as it does after its own `revalidateTag`.
 *
 * Plain JavaScript because Next imports this file at run time, outside its compiler; `@ts-check`
 * and the JSDoc types keep it checked with the rest.
 */
import { createRequire } from 'node:module'

import { invalidationReader } from './invalidationLog.mjs'
import { RedisCache } from './redisCache.mjs'

// The same CommonJS instances as Next's server: the tag manifest is shared state.
const require = createRequire(import.meta.url)
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external')} */
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} CacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */

/**
 * Entries of `tag` cached before `staleAt` are stale. `at` is kept the latest, as the Redis
 * cache's records are, so that an older record from Redis does not undo this.
 * @param {string} tag
 * @param {number} staleAt
 */
function markStale(tag, staleAt) {
  const known = /** @type {{ at?: number, stale?: number, expired?: number }} */ (
    tagsManifest.get(tag) ?? {}
  )
  if ((known.stale ?? 0) >= staleAt) return
  const times = { ...known, at: Math.max(known.at ?? 0, staleAt), stale: staleAt }
  tagsManifest.set(tag, times)
}

/** @type {ReturnType<typeof invalidationReader> | null | undefined} One per process. */
let reader

function invalidations() {
  if (reader === undefined) {
    const url = process.env.DATABASE_URL
    // `next build` has no database and renders nothing from it: there is nothing to invalidate.
    reader =
      url && process.env.NEXT_PHASE !== 'phase-production-build'
        ? invalidationReader(url, markStale)
        : null
  }
  return reader
}

/**
 * The class Next instantiates, per request, with its context.
 * @implements {CacheHandler}
 */
export default class SharedCacheHandler {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    const url = process.env.REDIS_URL
    /** @type {CacheHandler} */
    this.cache = url
      ? new RedisCache(ctx, url)
      : new FileSystemCache(/** @type {ConstructorParameters<typeof FileSystemCache>[0]} */ (ctx))
  }

  /** @type {CacheHandler['get']} */
  get(key, ctx) {
    void invalidations()?.refresh()
    return this.cache.get(key, ctx)
  }

  /** @type {CacheHandler['set']} */
  set(key, data, ctx) {
    return this.cache.set(key, data, ctx)
  }

  /** @type {CacheHandler['revalidateTag']} */
  revalidateTag(tags, durations) {
    return this.cache.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    this.cache.resetRequestCache()
  }
}

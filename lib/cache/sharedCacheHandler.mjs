// @ts-check
/**
 * Next.js's cache (rendered pages, `unstable_cache` data) shared by every app instance through
 * Redis when REDIS_URL is set; without it, Next's own file-system cache, as on one machine.
 *
 * Plain JavaScript because Next imports this file at run time, outside its compiler; `@ts-check`
 * and the JSDoc types keep it checked with the rest.
 *
 * How a publish on one instance reaches the others: `revalidateTag` records, per tag, when it was
 * marked stale (and when it expires) in one Redis hash. Before Next judges an entry, `get` copies
 * the times of that entry's tags from Redis into Next's in-process tag manifest, so Next decides
 * as it does for its own cache: stale-while-revalidate for a tag marked stale (the reader gets the
 * cached page while a fresh one renders; during a database outage the cached page keeps being
 * served), a blocking render for an expired one.
 *
 * Redis being down never fails a page: a read is a miss (the page renders) and a write is
 * skipped. A revalidation that cannot be recorded is kept and sent when Redis is back, so that
 * the entries Redis still holds are not served as fresh afterwards.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { redisConnection } from '../redis.mjs'

// Required, not imported: these are CommonJS modules, and Next's server must share their state
// (the tag manifest) with this file.
const require = createRequire(import.meta.url)
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external').tagsManifest} */
const tagsManifest = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} CacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {Parameters<CacheHandler['get']>[1]} GetContext */
/** @typedef {Parameters<CacheHandler['set']>[1]} SetValue */
/** @typedef {Parameters<CacheHandler['set']>[2]} SetContext */
/** @typedef {{ stale?: number, expired?: number }} TagTimes */

const keyPrefix = 'amicus:next-cache:'
/** Shared by every build: a publish during a deploy marks the new build's pages stale too. */
const tagsKey = `${keyPrefix}tags`
/** An entry nobody has asked for in a month goes; Redis's own eviction policy does the rest. */
const defaultLifetimeSeconds = 30 * 24 * 60 * 60

/**
 * Another instance may have recorded a later revalidation of a tag meanwhile: that one stays.
 * @param {import('../redis.mjs').RedisConnection} client
 * @param {Map<string, TagTimes>} unsent
 */
async function sendUnsent(client, unsent) {
  const tags = [...unsent.keys()]
  try {
    const stored = await client.hmGet(tagsKey, tags)
    /** @type {Record<string, string>} */
    const newer = {}
    tags.forEach((tag, index) => {
      const ours = /** @type {TagTimes} */ (unsent.get(tag))
      const theirs = /** @type {TagTimes} */ (JSON.parse(stored[index] ?? '{}'))
      if (Math.max(ours.stale ?? 0, ours.expired ?? 0) > Math.max(theirs.stale ?? 0, theirs.expired ?? 0)) newer[tag] = JSON.stringify(ours)
    })
    if (Object.keys(newer).length > 0) await client.hSet(tagsKey, newer)
    for (const tag of tags) unsent.delete(tag)
    console.warn(`Shared cache: sent ${tags.length} revalidation(s) made while Redis was unreachable.`)
  } catch (error) {
    console.error(`Shared cache: sending revalidations made while Redis was unreachable failed (${error instanceof Error ? error.message : error}); retrying when it reconnects.`)
  }
}

/** @type {Map<string, Map<string, TagTimes>>} Per Redis URL, the revalidations it has not received yet. */
const unsentByUrl = new Map()

/**
 * The connection, and the revalidations made while it was down, sent when it is back: the
 * entries Redis still holds must not outlive them.
 * @param {string} url
 */
function cacheConnection(url) {
  const client = redisConnection(url)
  let unsent = unsentByUrl.get(url)
  if (!unsent) {
    const pending = /** @type {Map<string, TagTimes>} */ (new Map())
    client.on('ready', () => {
      if (pending.size > 0) void sendUnsent(client, pending)
    })
    unsentByUrl.set(url, pending)
    unsent = pending
  }
  return { client, unsent }
}

/**
 * Cache values hold Buffers (RSC payloads) and Maps (per-segment payloads); JSON holds neither.
 * @param {unknown} value
 * @returns {unknown}
 */
export function encodeValue(value) {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') }
  if (value instanceof Map) return { $map: [...value].map(([key, item]) => [key, encodeValue(item)]) }
  if (Array.isArray(value)) return value.map(encodeValue)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeValue(item)]))
  return value
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
export function decodeValue(value) {
  if (Array.isArray(value)) return value.map(decodeValue)
  if (!value || typeof value !== 'object') return value
  if ('$bytes' in value && typeof value.$bytes === 'string') return Buffer.from(value.$bytes, 'base64')
  if ('$map' in value && Array.isArray(value.$map)) return new Map(value.$map.map(([key, item]) => [key, decodeValue(item)]))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeValue(item)]))
}

/**
 * The tags Next checks for an entry: its own (a page's are in a header) and the implicit ones of
 * the path it was read for.
 * @param {CacheHandlerValue} entry
 * @param {GetContext} ctx
 */
function tagsOf(entry, ctx) {
  const tags = new Set([...('tags' in ctx && ctx.tags ? ctx.tags : []), ...('softTags' in ctx && ctx.softTags ? ctx.softTags : [])])
  const value = entry.value
  if (value && 'headers' in value && value.headers) {
    const header = value.headers['x-next-cache-tags']
    if (typeof header === 'string') for (const tag of header.split(',')) tags.add(tag)
  }
  return [...tags]
}

/** @param {CacheHandlerContext} ctx */
function buildIdOf(ctx) {
  try {
    return readFileSync(path.join(ctx.serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // During `next build` the id is not written yet; entries made then are that build's prerenders.
    return 'build'
  }
}

/** @implements {CacheHandler} */
class RedisCache {
  /**
   * @param {CacheHandlerContext} ctx
   * @param {string} url
   */
  constructor(ctx, url) {
    const { client, unsent } = cacheConnection(url)
    this.client = client
    this.unsent = unsent
    // Entries belong to one build: another build's pages would reference scripts it does not have.
    this.entryPrefix = `${keyPrefix}${buildIdOf(ctx)}:`
  }

  /** @type {CacheHandler['get']} */
  async get(key, ctx) {
    const client = this.client
    if (!client.isReady) return null
    try {
      const stored = await client.get(this.entryPrefix + key)
      if (!stored) return null
      const entry = /** @type {CacheHandlerValue} */ (decodeValue(JSON.parse(stored)))
      const tags = tagsOf(entry, ctx)
      if (tags.length > 0) {
        const times = await client.hmGet(tagsKey, tags)
        tags.forEach((tag, index) => {
          const found = times[index]
          // Redis holds each tag's latest revalidation, made here or on another instance.
          if (found) tagsManifest.set(tag, JSON.parse(found))
        })
      }
      return entry
    } catch (error) {
      console.warn(`Shared cache: reading ${key} failed (${error instanceof Error ? error.message : error}); rendering instead.`)
      return null
    }
  }

  /** @type {CacheHandler['set']} */
  async set(key, data, ctx) {
    const client = this.client
    if (!client.isReady) return
    const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined
    /** @type {CacheHandlerValue} */
    const entry = { lastModified: Date.now(), value: data, ...(cacheControl ? { cacheControl } : {}) }
    const lifetime = typeof cacheControl?.expire === 'number' ? Math.min(cacheControl.expire, defaultLifetimeSeconds) : defaultLifetimeSeconds
    try {
      await client.set(this.entryPrefix + key, JSON.stringify(encodeValue(entry)), { expiration: { type: 'EX', value: lifetime } })
    } catch (error) {
      console.warn(`Shared cache: storing ${key} failed (${error instanceof Error ? error.message : error}).`)
    }
  }

  /** @type {CacheHandler['revalidateTag']} */
  async revalidateTag(tags, durations) {
    const now = Date.now()
    // As Next's own cache: with a lifetime, stale now and expired after it; without, expired now.
    /** @type {TagTimes} */
    const times = durations ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) } : { expired: now }
    const list = typeof tags === 'string' ? [tags] : tags
    for (const tag of list) tagsManifest.set(tag, times)
    if (list.length === 0) return
    try {
      if (!this.client.isReady) throw new Error('Redis is not connected')
      await this.client.hSet(tagsKey, Object.fromEntries(list.map((tag) => [tag, JSON.stringify(times)])))
    } catch (error) {
      for (const tag of list) this.unsent.set(tag, times)
      console.error(
        `Shared cache: could not tell the other instances that ${list.join(', ')} changed (${error instanceof Error ? error.message : error}); ` +
          'sending it when Redis is back.',
      )
    }
  }

  resetRequestCache() {}
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
    this.cache = url ? new RedisCache(ctx, url) : new FileSystemCache(/** @type {ConstructorParameters<typeof FileSystemCache>[0]} */ (ctx))
  }

  /** @type {CacheHandler['get']} */
  get(key, ctx) {
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

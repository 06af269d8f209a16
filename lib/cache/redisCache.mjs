// @ts-check
/**
 * Next.js's cache in Redis (REDIS_URL), shared by every app instance.
 *
 * How a publish on one instance reaches the others at once: `revalidateTag` records, per tag, when
 * it was marked stale (and when it expires) in one Redis hash. Before Next judges an entry, `get`
 * copies the times of that entry's tags from Redis into Next's in-process tag manifest, so Next
 * decides as it does for its own cache: stale-while-revalidate for a tag marked stale (the reader
 * gets the cached page while a fresh one renders; during a database outage the cached page keeps
 * being served), a blocking render for an expired one.
 *
 * Each tag's record carries the moment of its revalidation (`at`), and the later record wins
 * everywhere — in Redis (a compare-and-set script) and in the manifest — so an older one never
 * undoes a newer one, whichever instance made it.
 *
 * Redis being down (or not answering) never fails a page: a read is a miss (the page renders)
 * and a write is skipped. A revalidation that cannot be recorded is kept by this process and sent
 * as soon as Redis answers again.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { redisConnection } from '../redis.mjs'

// Next's server requires these CommonJS files; requiring them too makes sure this file gets the
// same instances (the tag manifest is shared state) rather than relying on ESM interop.
const require = createRequire(import.meta.url)
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external')} */
const {
  tagsManifest,
  areTagsExpired,
} = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} CacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {Parameters<CacheHandler['get']>[1]} GetContext */
/** @typedef {import('../redis.mjs').RedisConnection} RedisConnection */
/** @typedef {{ at: number, stale?: number, expired?: number }} TagTimes */

const keyPrefix = 'amicus:next-cache:'
/** Shared by every build: a publish during a deploy marks the new build's pages stale too. */
const tagsKey = `${keyPrefix}tags`
/** An entry is kept a month after it was written at most; Redis's eviction policy does the rest. */
const defaultLifetimeSeconds = 30 * 24 * 60 * 60

/** Writes a tag's record unless Redis already holds a later one (from another instance). */
const recordIfLater = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current and cjson.decode(current).at >= tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`

/**
 * The manifest keeps the later record of a tag: a newer revalidation made here survives reading
 * an older one from Redis.
 * @param {string} tag
 * @param {TagTimes} times
 */
function rememberTag(tag, times) {
  const known = /** @type {Partial<TagTimes> | undefined} */ (tagsManifest.get(tag))
  if (!known?.at || known.at < times.at) tagsManifest.set(tag, times)
}

/**
 * @param {RedisConnection} client
 * @param {Map<string, TagTimes>} records
 */
async function recordTags(client, records) {
  for (const [tag, times] of records) {
    await client.eval(recordIfLater, {
      keys: [tagsKey],
      arguments: [tag, JSON.stringify(times), String(times.at)],
    })
  }
}

/** @type {Map<string, Map<string, TagTimes>>} Per Redis URL, the revalidations it has not received yet. */
const unsentByUrl = new Map()

/**
 * @param {RedisConnection} client
 * @param {Map<string, TagTimes>} unsent
 */
async function sendUnsent(client, unsent) {
  if (sending.has(unsent)) return
  sending.add(unsent)
  const records = new Map(unsent)
  try {
    await recordTags(client, records)
    for (const [tag, times] of records) if (unsent.get(tag) === times) unsent.delete(tag)
    console.warn(`Shared cache: sent ${records.size} revalidation(s) Redis had not received.`)
  } catch {
    // Still unreachable: the next successful command, or the next reconnection, tries again.
  } finally {
    sending.delete(unsent)
  }
}

/** @type {WeakSet<Map<string, TagTimes>>} Sets of unsent revalidations being sent right now. */
const sending = new WeakSet()

/**
 * The connection, and the revalidations it has not received, sent when it is back: the entries
 * Redis still holds must not outlive them.
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
function encodeValue(value) {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') }
  if (value instanceof Map)
    return { $map: [...value].map(([key, item]) => [key, encodeValue(item)]) }
  if (Array.isArray(value)) return value.map(encodeValue)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeValue(item)]))
  return value
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function decodeValue(value) {
  if (Array.isArray(value)) return value.map(decodeValue)
  if (!value || typeof value !== 'object') return value
  if ('$bytes' in value && typeof value.$bytes === 'string')
    return Buffer.from(value.$bytes, 'base64')
  if ('$map' in value && Array.isArray(value.$map))
    return new Map(value.$map.map(([key, item]) => [key, decodeValue(item)]))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeValue(item)]))
}

/**
 * The tags Next checks for an entry: its own (a page's are in a header, with the implicit tags of
 * its path) and those of the context it was read in.
 * @param {CacheHandlerValue} entry
 * @param {GetContext} ctx
 */
function tagsOf(entry, ctx) {
  const tags = new Set([
    ...('tags' in ctx && ctx.tags ? ctx.tags : []),
    ...('softTags' in ctx && ctx.softTags ? ctx.softTags : []),
  ])
  const value = entry.value
  if (value && 'headers' in value && value.headers) {
    const header = value.headers['x-next-cache-tags']
    if (typeof header === 'string') for (const tag of header.split(',')) tags.add(tag)
  }
  return [...tags]
}

/** @type {Map<string, string>} Read once per build folder: Next makes a handler per request. */
const buildIds = new Map()

/**
 * The build's id, which `next build` writes before it prerenders. Only what the build caches
 * before that has none, and goes under "build".
 * @param {CacheHandlerContext} ctx
 */
function buildIdOf(ctx) {
  const file = path.join(ctx.serverDistDir ?? '.next/server', '..', 'BUILD_ID')
  let id = buildIds.get(file)
  if (id === undefined) {
    id = existsSync(file) ? readFileSync(file, 'utf8').trim() : 'build'
    buildIds.set(file, id)
  }
  return id
}

/** @implements {CacheHandler} */
export class RedisCache {
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
      if (this.unsent.size > 0) void sendUnsent(client, this.unsent)
      if (!stored) return null
      const entry = /** @type {CacheHandlerValue} */ (decodeValue(JSON.parse(stored)))
      const tags = tagsOf(entry, ctx)
      if (tags.length > 0) {
        const records = await client.hmGet(tagsKey, tags)
        tags.forEach((tag, index) => {
          const found = records[index]
          if (found) rememberTag(tag, JSON.parse(found))
        })
        // As Next's own cache: an entry whose tag has expired is not served, even stale.
        if (areTagsExpired(tags, entry.lastModified)) return null
      }
      return entry
    } catch (error) {
      console.warn(
        `Shared cache: reading ${key} failed (${error instanceof Error ? error.message : error}); rendering instead.`,
      )
      return null
    }
  }

  /** @type {CacheHandler['set']} */
  async set(key, data, ctx) {
    const client = this.client
    if (!client.isReady) return
    const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined
    /** @type {CacheHandlerValue} */
    const entry = {
      lastModified: Date.now(),
      value: data,
      ...(cacheControl ? { cacheControl } : {}),
    }
    const lifetime =
      typeof cacheControl?.expire === 'number'
        ? Math.min(cacheControl.expire, defaultLifetimeSeconds)
        : defaultLifetimeSeconds
    try {
      await client.set(this.entryPrefix + key, JSON.stringify(encodeValue(entry)), {
        expiration: { type: 'EX', value: lifetime },
      })
    } catch (error) {
      console.warn(
        `Shared cache: storing ${key} failed (${error instanceof Error ? error.message : error}).`,
      )
    }
  }

  /** @type {CacheHandler['revalidateTag']} */
  async revalidateTag(tags, durations) {
    const at = Date.now()
    // As Next's own cache: with a lifetime, stale now and expired after it; without, expired now.
    /** @type {TagTimes} */
    const times = durations
      ? {
          at,
          stale: at,
          ...(durations.expire !== undefined ? { expired: at + durations.expire * 1000 } : {}),
        }
      : { at, expired: at }
    const list = typeof tags === 'string' ? [tags] : tags
    for (const tag of list) tagsManifest.set(tag, times)
    const records = new Map(list.map((tag) => [tag, times]))
    try {
      if (!this.client.isReady) throw new Error('Redis is not connected')
      await recordTags(this.client, records)
    } catch (error) {
      for (const [tag, record] of records) this.unsent.set(tag, record)
      console.error(
        `Shared cache: could not tell the other instances that ${list.join(', ')} changed (${error instanceof Error ? error.message : error}); ` +
          'sending it as soon as Redis answers.',
      )
    }
  }

  resetRequestCache() {}
}

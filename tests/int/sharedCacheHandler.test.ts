import { createClient } from '@redis/client'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  areTagsExpired,
  areTagsStale,
  tagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import SharedCacheHandler from '@/lib/cache/sharedCacheHandler.mjs'
import { freePort } from '@/lib/db/embeddedPostgres'

import { connected, type RedisServer, startRedis } from '../helpers/redisServer'

type HandlerContext = ConstructorParameters<typeof SharedCacheHandler>[0]
type SetValue = Parameters<SharedCacheHandler['set']>[1]
type GetContext = Parameters<SharedCacheHandler['get']>[1]
type SetContext = Parameters<SharedCacheHandler['set']>[2]

const context = {
  serverDistDir: '/nonexistent/.next/server',
  revalidatedTags: [],
  _requestHeaders: {},
} as unknown as HandlerContext

/** A rendered page as Next hands it over: HTML, the RSC payload and per-segment payloads as bytes. */
const page = {
  kind: 'APP_PAGE',
  html: '<html lang="fr"><body>Déclaration</body></html>',
  rscData: Buffer.from('0:["$","main",null,{}]\n'),
  headers: { 'x-next-cache-tags': 'statements,statements:fr' },
  postponed: undefined,
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
} as unknown as SetValue

const pageContext = {
  cacheControl: { revalidate: 3600, expire: 31_536_000 },
  isFallback: false,
  isRoutePPREnabled: false,
} as unknown as SetContext
const readContext = {
  kind: 'APP_PAGE',
  isFallback: false,
  isRoutePPREnabled: false,
  softTags: ['_N_T_/fr/statements'],
} as unknown as GetContext

let redis: RedisServer
let previousUrl: string | undefined

/** Another instance's view: its own tag manifest knows nothing of this one's revalidations. */
function forgetLocalTags() {
  tagsManifest.clear()
}

/** Runs `run` with REDIS_URL set to `url` (or unset), as a server started that way would. */
async function withRedisUrl(url: string | undefined, run: () => Promise<void>) {
  const saved = process.env.REDIS_URL
  if (url) process.env.REDIS_URL = url
  else delete process.env.REDIS_URL
  try {
    await run()
  } finally {
    if (saved) process.env.REDIS_URL = saved
    else delete process.env.REDIS_URL
  }
}

async function ready(handler: SharedCacheHandler) {
  const client = (handler as unknown as { cache: { client: { isReady: boolean } } }).cache.client
  expect(await connected(client)).toBe(true)
}

beforeAll(async () => {
  previousUrl = process.env.REDIS_URL
  redis = await startRedis()
  process.env.REDIS_URL = redis.url
})

afterAll(async () => {
  forgetLocalTags()
  await redis?.stop()
  if (previousUrl) process.env.REDIS_URL = previousUrl
  else delete process.env.REDIS_URL
})

describe('the shared cache handler', () => {
  it('without REDIS_URL is Next’s own file-system cache', async () => {
    await withRedisUrl(undefined, async () => {
      const handler = new SharedCacheHandler(context)
      expect((handler as unknown as { cache: object }).cache.constructor.name).toBe(
        'FileSystemCache',
      )
    })
  })

  it('stores a page in Redis and gives back the same bytes, maps and lifetime', async () => {
    const writer = new SharedCacheHandler(context)
    await ready(writer)
    await writer.set('/fr/statements/one', page, pageContext)

    const entry = await new SharedCacheHandler(context).get('/fr/statements/one', readContext)
    expect(entry?.cacheControl).toEqual({ revalidate: 3600, expire: 31_536_000 })
    const value = entry?.value as unknown as {
      html: string
      rscData: Buffer
      segmentData: Map<string, Buffer>
      headers: object
    }
    expect(value.html).toBe('<html lang="fr"><body>Déclaration</body></html>')
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe(
      '0:["$","main",null,{}]\n',
    )
    expect(value.segmentData).toBeInstanceOf(Map)
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree')
    expect(value.headers).toEqual({ 'x-next-cache-tags': 'statements,statements:fr' })
  })

  it('makes a tag marked stale on one instance stale on another, which can still serve the page meanwhile', async () => {
    const instanceA = new SharedCacheHandler(context)
    await ready(instanceA)
    await instanceA.set('/fr/statements/two', page, pageContext)
    const before = await instanceA.get('/fr/statements/two', readContext)
    expect(before).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))

    // revalidateTag(tag, 'max'): stale now, expired in a year.
    await instanceA.revalidateTag(['statements:fr'], { expire: 31_536_000 })
    forgetLocalTags()

    const instanceB = new SharedCacheHandler(context)
    const entry = await instanceB.get('/fr/statements/two', readContext)
    expect(entry).not.toBeNull()
    expect(areTagsStale(['statements:fr'], entry!.lastModified)).toBe(true)
    expect(areTagsExpired(['statements:fr'], entry!.lastModified)).toBe(false)
    // An untouched tag stays fresh.
    expect(areTagsStale(['statements:en'], entry!.lastModified)).toBe(false)
  })

  it('expires at once what is revalidated without a lifetime, on every instance', async () => {
    const instanceA = new SharedCacheHandler(context)
    await ready(instanceA)
    await instanceA.set('/en/statements/three', page, pageContext)
    expect(await instanceA.get('/en/statements/three', readContext)).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await instanceA.revalidateTag('statements')
    forgetLocalTags()

    // Not served, even stale: the next reader waits for a fresh render, as with Next's own cache.
    expect(
      await new SharedCacheHandler(context).get('/en/statements/three', readContext),
    ).toBeNull()
    expect(areTagsExpired(['statements'], Date.now() - 1_000)).toBe(true)
  })

  it('never lets an older revalidation read from Redis undo a newer one made here', async () => {
    const handler = new SharedCacheHandler(context)
    await ready(handler)
    await handler.set('/fr/statements/four', page, pageContext)
    await handler.revalidateTag(['statements:fr'], { expire: 31_536_000 })
    // A newer revalidation this process made and Redis has not received (Redis was down then).
    const newer = { at: Date.now() + 60_000, stale: Date.now() + 60_000 }
    tagsManifest.set('statements:fr', newer)

    await handler.get('/fr/statements/four', readContext)
    expect(tagsManifest.get('statements:fr')).toEqual(newer)
  })

  it('keeps entries of one build away from another', async () => {
    const builds = await Promise.all(
      ['first-build', 'second-build'].map(async (id) => {
        const distDir = await mkdtemp(path.join(tmpdir(), 'amicus-build-'))
        await mkdir(path.join(distDir, 'server'))
        await writeFile(path.join(distDir, 'BUILD_ID'), id)
        return { ...context, serverDistDir: path.join(distDir, 'server') } as HandlerContext
      }),
    )
    const first = new SharedCacheHandler(builds[0])
    await ready(first)
    await first.set('/en/statements/five', page, pageContext)
    expect(
      await new SharedCacheHandler(builds[0]).get('/en/statements/five', readContext),
    ).not.toBeNull()
    expect(
      await new SharedCacheHandler(builds[1]).get('/en/statements/five', readContext),
    ).toBeNull()
  })

  it('turns a Redis that does not answer into misses and skipped writes, without waiting', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`
    await withRedisUrl(url, async () => {
      const handler = new SharedCacheHandler(context)
      const started = Date.now()
      await expect(handler.get('/en', readContext)).resolves.toBeNull()
      await expect(handler.set('/en', page, pageContext)).resolves.toBeUndefined()
      await expect(handler.revalidateTag('statements', { expire: 60 })).resolves.toBeUndefined()
      expect(Date.now() - started).toBeLessThan(500)
    })
  })

  it('gives up on a Redis that accepts connections but never answers, within a second or so', async () => {
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    try {
      await withRedisUrl(`redis://127.0.0.1:${port}`, async () => {
        const handler = new SharedCacheHandler(context)
        const started = Date.now()
        await expect(handler.get('/en', readContext)).resolves.toBeNull()
        await expect(handler.revalidateTag('statements', { expire: 60 })).resolves.toBeUndefined()
        expect(Date.now() - started).toBeLessThan(3_000)
      })
    } finally {
      silent.close()
    }
  })

  it('sends the revalidations made while Redis was down once it is back', async () => {
    const port = await freePort()
    const url = `redis://127.0.0.1:${port}`
    await withRedisUrl(url, async () => {
      await new SharedCacheHandler(context).revalidateTag(['statement:77'], { expire: 31_536_000 })
      const late = await startRedis({ port })
      const client = createClient({ url })
      try {
        await client.connect()
        const deadline = Date.now() + 15_000
        let recorded: string | null = null
        while (!recorded && Date.now() < deadline) {
          recorded = await client.hGet('amicus:next-cache:tags', 'statement:77')
          if (!recorded) await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(recorded && JSON.parse(recorded).stale).toBeGreaterThan(Date.now() - 30_000)
      } finally {
        await client.quit()
        await late.stop()
      }
    })
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'

import { logIn } from '../helpers/apiClient'
import { type NextServer, startNextServer } from '../helpers/nextServer'
import { readPage, whenShown } from '../helpers/pageWatch'
import { deleteStatement, publishStatement } from '../helpers/publishedStatements'
import { oneReactionCsv } from '../helpers/reactionsCsv'
import { runTsx } from '../helpers/runTsx'

/**
 * What readers see after a write made outside the serving process, on the production build as
 * an operator runs it (built with no database, started on an empty one, seeded from the command
 * line while it serves): every page they had cached shows the change within 2 s, with no restart.
 */

const baseURL = inject('baseURL')
const serverEnv = inject('serverEnv')
const visibleWithinMs = 2_000
let folder: string
let token: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'amicus-writers-'))
  token = (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** A page read until Next serves it from its cache, so that what follows is about a cached page. */
async function cached(origin: string, pagePath: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { text, cache } = await readPage(origin, pagePath)
    if (cache === 'HIT') return text
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${pagePath} was never served from the cache`)
}

describe('writes from outside the serving process', () => {
  it('show the demo content seeded from the command line beside the running server, on pages cached empty', () => {
    const { before, visibleAfterMs } = inject('seededBesideServer')
    console.log(`Seeded beside the server; visible after (ms): ${JSON.stringify(visibleAfterMs)}`)
    for (const page of Object.values(before)) expect(page.shown).toBe(false)
    // The home page and the tracker were rendered on the empty database and served from the cache.
    expect([before['/en'].cache, before['/en/reactions'].cache]).toEqual(['HIT', 'HIT'])
    for (const elapsed of Object.values(visibleAfterMs)) {
      expect(elapsed).not.toBeNull()
      expect(elapsed).toBeLessThan(visibleWithinMs)
    }
  })

  it('show reactions imported from the command line on the cached State page', async () => {
    const summary = `Imported from the command line ${Date.now().toString(36)}: reaffirms its support for the Court.`
    const file = await oneReactionCsv(folder, 'NZ', summary)

    expect(await cached(baseURL, '/en/states/nz')).not.toContain(summary)
    await runTsx('scripts/app.ts', ['import:reactions', file], { env: serverEnv })
    const elapsed = await whenShown(
      baseURL,
      '/en/states/nz',
      (text) => text.includes(summary),
      Date.now(),
    )
    console.log(`CLI import visible on the State page after ${elapsed} ms`)
    expect(elapsed).not.toBeNull()
    expect(elapsed).toBeLessThan(visibleWithinMs)
  })

  it('show a restored backup on the cached index, without what was published after the backup', async () => {
    const file = path.join(folder, 'before.dump')
    await runTsx('scripts/db.ts', ['backup', file], { env: serverEnv })
    const title = `Published after the backup ${Date.now().toString(36)}`
    await publishStatement(baseURL, token, { title, kind: 'statement' })
    for (const page of ['/en/statements', '/en'])
      expect(
        await whenShown(baseURL, page, (text) => text.includes(title), Date.now()),
      ).not.toBeNull()

    await runTsx('scripts/db.ts', ['restore', file], { env: serverEnv })
    const restored = Date.now()
    const [index, home] = await Promise.all([
      whenShown(baseURL, '/en/statements', (text) => !text.includes(title), restored),
      whenShown(
        baseURL,
        '/en',
        (text) => !text.includes(title) && text.includes('In the face of threats'),
        restored,
      ),
    ])
    console.log(`Restore visible on the index after ${index} ms, on the home page after ${home} ms`)
    for (const elapsed of [index, home]) {
      expect(elapsed).not.toBeNull()
      expect(elapsed).toBeLessThan(visibleWithinMs)
    }
  })
})

describe('two instances on one database, without Redis', () => {
  let second: NextServer

  beforeAll(async () => {
    second = await startNextServer(await freePort(), { ...serverEnv, JOBS_RUNNER: 'off' })
  }, 120_000)

  afterAll(async () => {
    await second?.stop()
  })

  it('show on the second, within 2 s, a statement published through the first', async () => {
    // The second instance holds the index and the home page in its own cache.
    await cached(second.baseURL, '/en')
    const title = `Published on the first instance ${Date.now().toString(36)}`
    expect((await readPage(second.baseURL, '/en')).text).not.toContain(title)
    const { id } = await publishStatement(baseURL, token, { title, kind: 'statement' })
    try {
      const published = Date.now()
      const elapsed = await whenShown(
        second.baseURL,
        '/en',
        (text) => text.includes(title),
        published,
      )
      console.log(
        `Publish on the first instance visible on the second after ${elapsed} ms (no Redis)`,
      )
      expect(elapsed).not.toBeNull()
      expect(elapsed).toBeLessThan(visibleWithinMs)
    } finally {
      await deleteStatement(baseURL, token, id)
    }
  })
})

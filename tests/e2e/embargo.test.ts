import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type Locale, localeCodes } from '@/i18n/locales'
import { freePort } from '@/lib/db/embeddedPostgres'
import { lexicalDocument } from '@/lib/seed/lexical'
import { findNginx, startNginx } from '@/scripts/bench/nginx'

import { apiClient, type ApiClient, logIn } from '../helpers/apiClient'
import { type NextServer, startNextServer } from '../helpers/nextServer'
import { type RedisServer, startRedis } from '../helpers/redisServer'
import { launchChromium, openPage } from './browser'
import { createStatement, signInToAdmin } from './editorJourney'
import {
  askEverySurface,
  mentioning,
  type Release,
  visibleIn,
  visibleInApi,
} from './embargoSurfaces'
import { createPreviewLinkInAdmin, scheduleReleaseInAdmin } from './releaseJourney'

/**
 * A coordinated release, end to end on the production build: scheduled in the admin, previewed by
 * the press through a link, held from every public surface until its moment — on this server, on
 * two more instances sharing one Redis, and through the edge cache (deploy/nginx.conf) — then
 * shown everywhere, in every language, timed from the moment.
 */

const zone = 'Europe/Paris'
const letters = (count: number) =>
  Array.from({ length: count }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('')
const marker = `embargo${letters(10)}`
const slugWord = `coordinated${letters(8)}`
const targets = { fr: 'Français', es: 'Español', ar: 'العربية' } as const

let browser: Browser
let redis: RedisServer
const instances: NextServer[] = []
let nginx: ChildProcess | undefined
let admin: ApiClient
let origins: Record<string, string>
const created: { slug: string; id: number }[] = []

async function rest(method: 'POST' | 'PATCH' | 'GET', path: string, body?: object) {
  const reply = await admin.rest(method, path, body as Record<string, unknown>)
  expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 500)}`).toBeLessThan(300)
  return (reply.body.doc ?? reply.body) as Record<string, unknown> & { id: number }
}

/** Every key and value in Redis, as text: what the shared cache holds. */
async function redisContents(): Promise<string> {
  const client = createClient({ url: redis.url })
  await client.connect()
  const parts: string[] = []
  for await (const keys of client.scanIterator({ COUNT: 500 }))
    for (const key of keys) {
      const type = await client.type(key)
      const value =
        type === 'string'
          ? await client.get(key)
          : type === 'hash'
            ? JSON.stringify(await client.hGetAll(key))
            : type === 'set'
              ? JSON.stringify(await client.sMembers(key))
              : ''
      // Bytes (RSC payloads) are kept base64-encoded (lib/cache/redisCache.mjs): read them as text.
      const decoded = (value ?? '').replace(/"\$bytes":"([^"]*)"/g, (_, bytes: string) =>
        Buffer.from(bytes, 'base64').toString('utf8'),
      )
      parts.push(key, decoded)
    }
  await client.quit()
  return parts.join('\n')
}

beforeAll(async () => {
  const found = findNginx()
  if ('missing' in found)
    throw new Error(
      'The embargo test goes through the edge cache: install nginx (Debian: `apt-get install -y nginx-light`; .ci/run does this).',
    )
  browser = await launchChromium(inject('chromiumPath'))
  redis = await startRedis()
  const env = { ...inject('serverEnv'), REDIS_URL: redis.url, JOBS_RUNNER: 'off' }
  // One at a time: two production servers starting at once on two cores would each take longer.
  for (let count = 0; count < 2; count++)
    instances.push(await startNextServer(await freePort(), env))
  const edgePort = await freePort()
  nginx = await startNginx(found.path, {
    prefix: mkdtempSync(path.join(os.tmpdir(), 'amicus-embargo-nginx-')),
    port: edgePort,
    appPort: Number(new URL(inject('baseURL')).port),
    gzipPort: await freePort(),
  })
  origins = {
    main: inject('baseURL'),
    'instance A': instances[0].baseURL,
    'instance B': instances[1].baseURL,
    edge: `http://127.0.0.1:${edgePort}`,
  }
  const { token } = await logIn(inject('baseURL'), inject('adminEmail'), inject('adminPassword'))
  admin = apiClient(inject('baseURL'), token, () => {})
  // The runner's token is signed with the server's secret (lib/env reads both).
  Object.assign(process.env, {
    DATABASE_URL: inject('serverEnv').DATABASE_URL,
    PAYLOAD_SECRET: inject('payloadSecret'),
  })
}, 240_000)

afterAll(async () => {
  for (const { slug, id } of created.reverse()) await admin?.rest('DELETE', `/api/${slug}/${id}`)
  await browser?.close()
  nginx?.kill()
  await Promise.all(instances.map((instance) => instance.stop()))
  await redis?.stop()
})

/** The statement, its three accepted translations and an unverified reaction, made over REST. */
async function prepareContent(statementId: number): Promise<Release> {
  const today = new Date().toISOString().slice(0, 10)
  const slugs = Object.fromEntries(
    localeCodes.map((code) => [code, `${slugWord}-${code}`]),
  ) as Record<Locale, string>
  const text = (code: Locale) => ({
    standfirst: `${marker} standfirst in ${code}.`,
    body: lexicalDocument([`The ${marker} text in ${code}.`]),
  })
  // Saved as the document itself, not as a draft version beside it: translations are made from it.
  await rest('PATCH', `/api/statements/${statementId}?locale=en`, {
    _status: 'draft',
    slug: slugs.en,
    publishedAt: today,
    ...text('en'),
  })
  for (const code of Object.keys(targets) as (keyof typeof targets)[]) {
    const translation = await rest('POST', '/api/translations', {
      statement: statementId,
      locale: code,
      status: 'submitted',
      title: `${marker} title in ${code}`,
      slug: slugs[code],
      ...text(code),
    })
    created.push({ slug: 'translations', id: translation.id })
    await rest('PATCH', `/api/translations/${translation.id}`, { status: 'accepted' })
  }
  const states = await rest('GET', '/api/states?where[iso2][equals]=IS&depth=0&limit=1')
  const state = (states.docs as { id: number }[])[0].id
  const reaction = await rest('POST', '/api/reactions?locale=en', {
    actors: [{ relationTo: 'states', value: state }],
    date: today,
    stance: 'supports',
    summary: `${marker} summary in en`,
    sourceUrl: `https://example.org/${marker}`,
    sourceTitle: `${marker} source`,
    verified: false,
    relatedStatements: [statementId],
  })
  created.push({ slug: 'reactions', id: reaction.id })
  for (const code of Object.keys(targets))
    await rest('PATCH', `/api/reactions/${reaction.id}?locale=${code}`, {
      summary: `${marker} summary in ${code}`,
    })
  return { marker, statementId, reactionId: reaction.id, slugs, state: 'is' }
}

/**
 * Each language's statement page on each origin, asked every 100 ms, alone: seconds after `moment`
 * until it shows the release. (Asking every surface at once takes seconds per round on this
 * machine, which would be measured too.)
 */
async function timeStatementPages(release: Release, moment: number) {
  const seconds: Record<string, Partial<Record<Locale, number>>> = {}
  const deadline = Date.now() + 90_000
  const watch = async (name: string, origin: string, code: Locale) => {
    while (Date.now() < deadline) {
      const page = await fetch(`${origin}/${code}/statements/${release.slugs[code]}`)
      if (page.status === 200 && (await page.text()).includes(release.marker)) {
        ;(seconds[name] ??= {})[code] = (Date.now() - moment) / 1000
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await Promise.all(
    Object.entries(origins).flatMap(([name, origin]) =>
      localeCodes.map((code) => watch(name, origin, code)),
    ),
  )
  return seconds
}

/** Polls every surface of every origin until each language shows the release: seconds after `moment`. */
async function timeVisibility(release: Release, moment: number) {
  const seconds: Record<string, Partial<Record<Locale | 'API', number>>> = {}
  const deadline = Date.now() + 90_000
  const done = () =>
    Object.keys(origins).every((name) =>
      [...localeCodes, 'API'].every((key) => seconds[name]?.[key as Locale] !== undefined),
    )
  while (!done() && Date.now() < deadline) {
    await Promise.all(
      Object.entries(origins).map(async ([name, origin]) => {
        const answers = await askEverySurface(origin, release)
        const seen = (seconds[name] ??= {})
        const now = (Date.now() - moment) / 1000
        for (const code of localeCodes)
          if (seen[code] === undefined && visibleIn(answers, release, code)) seen[code] = now
        if (seen.API === undefined && visibleInApi(answers, release)) seen.API = now
      }),
    )
  }
  return seconds
}

describe('a coordinated release under embargo', () => {
  it('is held from every public surface until its moment, previewed by the press, then shown everywhere', async () => {
    const page = await signInToAdmin(browser, undefined, { timezoneId: zone })
    const statementId = await createStatement(page, `${marker} English title`)
    created.push({ slug: 'statements', id: statementId })
    const release = await prepareContent(statementId)

    // The next whole minute but three: the admin's moment is set to the minute.
    const moment = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 180_000)
    const releaseTitle = `Release ${marker}`
    const releaseId = await scheduleReleaseInAdmin(page, {
      title: releaseTitle,
      statementTitle: `${marker} English title`,
      languages: Object.values(targets),
      reactionTitle: `${marker} source`,
      moment,
      zone,
    })
    created.push({ slug: 'releases', id: releaseId })
    const scheduled = await rest('GET', `/api/releases/${releaseId}?depth=0`)
    expect(scheduled).toMatchObject({ status: 'scheduled', moment_tz: zone })
    expect(new Date(String(scheduled.moment)).getTime()).toBe(moment.getTime())

    // The press preview, made in the admin and opened by a journalist with no account.
    const address = await createPreviewLinkInAdmin(page, {
      releaseTitle,
      note: `Press agency ${marker}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      zone,
    })
    const linkId = Number(new URL(page.url()).pathname.split('/').pop())
    created.push({ slug: 'preview-links', id: linkId })
    const journalist = await openPage(browser, { timezoneId: 'America/New_York' })
    const token = new URL(address).pathname.split('/')[3]
    for (const code of localeCodes) {
      const response = await journalist.goto(`/${code}/press/${token}`)
      expect(response?.status(), code).toBe(200)
      const headers = response?.headers() ?? {}
      expect(headers['cache-control'], code).toBe('private, no-store')
      expect(headers['x-robots-tag'], code).toBe('noindex')
      expect(await journalist.locator('meta[name="robots"]').getAttribute('content')).toMatch(
        /noindex/,
      )
      const banner = journalist.locator('.embargo-banner')
      // In the reader's language, at the moment in the release's zone (Paris, not New York).
      const paris = new Intl.DateTimeFormat(code, { timeStyle: 'short', timeZone: zone }).format(
        moment,
      )
      expect(await banner.innerText(), code).toContain(paris)
      expect(await banner.innerText(), code).toContain(zone)
      await journalist.locator('.press-preview li a').first().click()
      await journalist.waitForURL(`**/${code}/press/${token}/statements/${statementId}`)
      expect(await journalist.locator('.embargo-banner').count(), code).toBe(1)
      expect(await journalist.getByRole('heading', { level: 1 }).innerText(), code).toBe(
        code === 'en' ? `${marker} English title` : `${marker} title in ${code}`,
      )
    }
    expect(
      await journalist.locator('.embargo-banner strong').innerText(),
      'Arabic banner',
    ).toContain('محظور النشر حتى')
    const throughEdge = await fetch(`${origins.edge}/fr/press/${token}`)
    expect(throughEdge.headers.get('x-cache')).toBe('BYPASS')
    expect(throughEdge.headers.get('cache-control')).toBe('private, no-store')

    // Before the moment, twice (the second time possibly from a cache), everywhere.
    for (const round of [1, 2]) {
      await Promise.all(
        Object.entries(origins).map(async ([name, origin]) => {
          const answers = await askEverySurface(origin, release)
          expect(mentioning(answers, release), `${name}, round ${round}`).toEqual([])
          for (const code of localeCodes) {
            const statement = answers.find((answer) => answer.surface === `statement (${code})`)
            expect(statement?.status, `${name} ${code}`).toBe(404)
            if (name !== 'edge')
              expect(statement?.cacheControl, `${name} ${code}`).toMatch(/s-maxage=5\b/)
          }
        }),
      )
    }
    expect(await redisContents()).not.toContain(marker)
    const heldUntil = moment.getTime() - Date.now()
    console.log(`Every surface asked twice before the moment, ${heldUntil / 1000} s ahead of it`)
    expect(heldUntil, 'the checks before the moment ended after it').toBeGreaterThan(0)

    // The moment: one round of the runner, as the server's own runner does each minute.
    await new Promise((resolve) => setTimeout(resolve, heldUntil))
    const { jobsRunnerToken } = await import('@/lib/jobs/runnerToken')
    const round = await fetch(`${origins.main}/api/jobs/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jobsRunnerToken()}` },
    })
    expect(round.status).toBe(200)
    console.log(
      `Runner round ended ${(Date.now() - moment.getTime()) / 1000} s after the moment:`,
      await round.text(),
    )
    const pages = await timeStatementPages(release, moment.getTime())
    console.log('Seconds from the moment to each statement page:', JSON.stringify(pages, null, 1))
    for (const name of Object.keys(origins))
      for (const code of localeCodes)
        expect(pages[name]?.[code], `${name} ${code} statement page`).toBeDefined()
    const seconds = await timeVisibility(release, moment.getTime())
    console.log('Seconds from the moment to every surface:', JSON.stringify(seconds, null, 1))
    for (const name of Object.keys(origins))
      for (const key of [...localeCodes, 'API'])
        expect(seconds[name]?.[key as Locale], `${name} ${key}`).toBeDefined()
    expect(await rest('GET', `/api/releases/${releaseId}?depth=0`)).toMatchObject({
      status: 'published',
    })
    expect(await redisContents()).toContain(marker)

    // After: the preview's statement page leads to the public one; a revoked link is gone.
    const after = await fetch(`${origins.main}/es/press/${token}/statements/${statementId}`, {
      redirect: 'manual',
    })
    expect(after.status).toBe(307)
    expect(new URL(after.headers.get('location') ?? '', origins.main).pathname).toBe(
      `/es/statements/${release.slugs.es}`,
    )
    await rest('PATCH', `/api/preview-links/${linkId}`, { revoked: true })
    for (const origin of [origins.main, origins.edge]) {
      const revoked = await fetch(`${origin}/en/press/${token}`)
      expect(revoked.status).toBe(410)
      expect(await revoked.text()).toContain('Preview link revoked')
    }
  }, 600_000)
})

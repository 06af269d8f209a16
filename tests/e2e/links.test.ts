import { randomBytes } from 'node:crypto'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type Locale, localeCodes } from '@/i18n/locales'

import { logIn } from '../helpers/apiClient'
import { launchChromium, type Page } from './browser'

/**
 * Addresses as crawlers, feed readers and browsers without JavaScript meet them: redirects
 * are HTTP redirects, every link leads somewhere, the sitemap lists every page with its
 * languages, feeds are announced and keep their items' ids.
 */

const baseURL = inject('baseURL')
const run = randomBytes(3).toString('hex')
let token: string
let browser: Browser
let parser: Page
const created: number[] = []

const statementPath = (locale: string, slug: string) => `/${locale}/statements/${encodeURIComponent(slug)}`
/** A request as a crawler makes it: no JavaScript, no cookies, redirects not followed. */
const get = (path: string) => fetch(new URL(path, baseURL), { redirect: 'manual' })

async function api(method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) {
  const response = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const body = (await response.json()) as { doc?: { id: number } }
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(body)}`)
  return body
}

/** A published statement in English, then its versions in the other languages as editors publish them (accepted translations). */
async function publishStatement(slugs: Partial<Record<Locale, string>> & { en: string }): Promise<number> {
  const { doc } = await api('POST', '/statements?locale=en', { title: slugs.en, slug: slugs.en, kind: 'statement', publishedAt: '2024-02-01', _status: 'published' })
  const id = doc?.id ?? 0
  created.push(id)
  for (const code of localeCodes) {
    const slug = slugs[code]
    if (code !== 'en' && slug) await publishVersion(id, code, slug)
  }
  return id
}

async function publishVersion(statement: number, locale: Locale, slug: string) {
  const { doc } = await api('POST', '/translations', { statement, locale, status: 'submitted', title: slug, slug })
  await api('PATCH', `/translations/${doc?.id}`, { status: 'accepted' })
}

/** A new slug in one language: the editor's for the original, an accepted translation's for the others. */
async function rename(statement: number, locale: Locale, slug: string) {
  if (locale === 'en') await api('PATCH', `/statements/${statement}?locale=en`, { slug, _status: 'published' })
  else await publishVersion(statement, locale, slug)
}

/** Views a page until Next serves it from its cache. */
async function cache(path: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    if (response.headers.get('x-nextjs-cache') === 'HIT') return
  }
  throw new Error(`${path} was never served from the cache`)
}

/**
 * The old address answers a 308 to `to`, with nothing but `to` in its Location. Right after a
 * change the caches may give the answer from before it once or twice (they refresh behind the
 * first reader, as for any publish): `before` is that answer, a 200 or a redirect elsewhere.
 */
async function expectRedirect(from: string, to: string, before: { status: number; location?: string } = { status: 200 }) {
  const answer = async () => {
    const response = await get(from)
    return { from, status: response.status, location: response.headers.get('location') ?? undefined }
  }
  let seen = await answer()
  for (let attempt = 0; attempt < 20 && seen.location !== to; attempt++) {
    expect(seen).toEqual({ from, ...before })
    await new Promise((resolve) => setTimeout(resolve, 100))
    seen = await answer()
  }
  expect(seen).toEqual({ from, status: 308, location: to })
  expect((await get(to)).status, to).toBe(200)
}

beforeAll(async () => {
  token = (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token
  browser = await launchChromium(inject('chromiumPath'))
  parser = await browser.newPage()
})

afterAll(async () => {
  for (const id of created) await api('DELETE', `/statements/${id}`)
  await browser.close()
})

describe('renamed statements', () => {
  it('answer their old address with a 308 and its Location after the page was cached, in every language', async () => {
    const before = { en: `cached-${run}`, fr: `en-cache-${run}`, es: `en-cache-es-${run}`, ar: `مخزن-${run}` }
    const after = { en: `renamed-${run}`, fr: `renommee-${run}`, es: `renombrada-${run}`, ar: `معاد-${run}` }
    const id = await publishStatement(before)
    for (const code of localeCodes) await cache(statementPath(code, before[code]))

    for (const code of localeCodes) await rename(id, code, after[code])

    for (const code of localeCodes) {
      await expectRedirect(statementPath(code, before[code]), statementPath(code, after[code]))
      // Asked again, now from the cache: still a real redirect.
      await expectRedirect(statementPath(code, before[code]), statementPath(code, after[code]))
    }
  })

  it('send every old address of a statement renamed twice straight to the last one, cached or not', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((step) => `chain-${step}-${run}`)
    const id = await publishStatement({ en: a })
    await cache(statementPath('en', a))
    await rename(id, 'en', b)
    await expectRedirect(statementPath('en', a), statementPath('en', b))
    await rename(id, 'en', c)
    // A was answered with a redirect to B; B was never asked for.
    await expectRedirect(statementPath('en', a), statementPath('en', c), { status: 308, location: statementPath('en', b) })
    await expectRedirect(statementPath('en', b), statementPath('en', c))
  })

  it('take back an old slug without a loop', async () => {
    const [a, b] = ['a', 'b'].map((step) => `back-${step}-${run}`)
    const id = await publishStatement({ en: a })
    await cache(statementPath('en', a))
    await rename(id, 'en', b)
    await expectRedirect(statementPath('en', a), statementPath('en', b))
    await cache(statementPath('en', b))
    await rename(id, 'en', a)
    await expectRedirect(statementPath('en', b), statementPath('en', a))
    // A is the statement's own address again: followed, B lands there in one hop.
    const followed = await fetch(new URL(statementPath('en', b), baseURL))
    expect({ status: followed.status, url: new URL(followed.url).pathname, redirected: followed.redirected }).toEqual({ status: 200, url: statementPath('en', a), redirected: true })
  })
})

type Extract = {
  lang: string
  canonical: string | null
  alternates: Record<string, string>
  feeds: string[]
  switcher: Record<string, string>
  links: string[]
}

/** What a page declares about addresses, read from its HTML as a crawler reads it. */
function extract(html: string): Promise<Extract> {
  return parser.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const attr = (selector: string, name: string) => [...doc.querySelectorAll(selector)].map((element) => [element, element.getAttribute(name) ?? ''] as const)
    return {
      lang: doc.documentElement.lang,
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      alternates: Object.fromEntries(attr('link[rel="alternate"][hreflang]', 'href').map(([element, href]) => [element.getAttribute('hreflang') ?? '', href])),
      feeds: attr('link[rel="alternate"][type="application/rss+xml"]', 'href').map(([, href]) => href),
      switcher: Object.fromEntries(attr('.locale-switcher a', 'href').map(([element, href]) => [element.getAttribute('hreflang') ?? '', href])),
      links: attr('a[href]', 'href').map(([, href]) => href),
    }
  }, html)
}

/** The site's own address for an href (null for other sites), without its fragment. */
function ownPath(href: string): string | null {
  const url = new URL(href, baseURL)
  if (url.origin !== new URL(baseURL).origin) return null
  return url.pathname + url.search
}

/** Runs `work` on every item, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

describe('a crawl of the public pages in every language', () => {
  it('finds every link, language switch and hreflang alternate answering 200, alternates reciprocal and the feed announced', { timeout: 600_000 }, async () => {
    // Pages read in full: every kind of public page; State pages sampled (every link to them is still followed).
    const isPage = (path: string) => /^\/(en|fr|es|ar)(\/(statements|reactions|search)|\/(statements|topics|states)\/[^/?]+)?$/.test(path)
    const stateSample = new Set(['fr', 'us', 'za', 'br', 'jp'])
    const read = (path: string) => isPage(path) && (!/\/states\//.test(path) || stateSample.has(path.split('/').at(-1) ?? ''))

    const pages = new Map<string, Extract>()
    const statuses = new Map<string, string>()
    const problems: string[] = []

    /** 200, or one redirect to a 200; the page's declarations when it is one to read. */
    async function visit(path: string) {
      if (statuses.has(path)) return
      statuses.set(path, 'pending')
      let response = await get(path)
      let landed = path
      if (response.status >= 300 && response.status < 400) {
        landed = ownPath(response.headers.get('location') ?? '') ?? ''
        response = await get(landed)
      }
      statuses.set(path, `${response.status}`)
      if (response.status !== 200) problems.push(`${path} → ${landed} answers ${response.status}`)
      else if (landed === path && read(path)) pages.set(path, await extract(await response.text()))
    }

    let frontier = localeCodes.flatMap((code) => [`/${code}`, `/${code}/statements`, `/${code}/reactions`])
    while (frontier.length > 0) {
      await inParallel(frontier, 4, visit)
      const found = new Set<string>()
      for (const [, page] of pages) {
        for (const href of [...page.links, ...Object.values(page.alternates), ...Object.values(page.switcher), ...page.feeds]) {
          const path = ownPath(href)
          if (path !== null && !statuses.has(path)) found.add(path)
        }
      }
      frontier = [...found]
    }

    for (const [path, page] of pages) {
      const own = (href: string | null) => (href === null ? null : ownPath(href))
      // The feed of the page's language, in its head.
      if (page.feeds.map(own).join() !== `/${page.lang}/feed.xml`) problems.push(`${path} announces the feeds ${page.feeds.join(', ') || 'none'}`)
      if (!page.alternates['x-default']) problems.push(`${path} has no x-default alternate`)
      // A statement not translated into the page's language shows the original, which is its canonical page.
      const self = page.alternates[page.lang] ?? page.alternates['x-default'] ?? null
      if (own(page.canonical) !== own(self) || (page.alternates[page.lang] && own(self) !== path)) problems.push(`${path}: canonical ${page.canonical}, alternate ${self}`)
      if (!page.alternates[page.lang]) continue
      for (const [hreflang, href] of Object.entries(page.alternates)) {
        if (hreflang === 'x-default') continue
        const other = pages.get(own(href) ?? '')
        // Reciprocal: the page in that language names this one for this page's language.
        if (!other) problems.push(`${path}: its ${hreflang} alternate ${href} was not read`)
        else if (own(other.alternates[page.lang] ?? null) !== own(page.canonical)) problems.push(`${path}: ${href} does not name it back for ${page.lang}`)
        // The language switch leads to the same page as the alternate.
        if (own(page.switcher[hreflang] ?? null) !== own(href)) problems.push(`${path}: switches to ${hreflang} at ${page.switcher[hreflang]}, not ${href}`)
      }
    }

    expect(problems).toEqual([])
    // Every kind of page was read in every language, and every State page linked was followed.
    for (const code of localeCodes) {
      for (const kind of ['statements/', 'topics/', 'states/']) expect([...pages.keys()].some((path) => path.startsWith(`/${code}/${kind}`)), `${code} ${kind}`).toBe(true)
      expect([...statuses.keys()].filter((path) => path.startsWith(`/${code}/states/`)).length).toBeGreaterThan(150)
    }
  })
})

type SitemapEntry = { loc: string; alternates: Record<string, string> }

describe('the sitemap', () => {
  it('lists home, index, tracker, every topic, State and statement in each of its languages, with reciprocal alternates and x-default', async () => {
    const index = await get('/sitemap.xml')
    expect(index.status).toBe(200)
    const children = [...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map(([, loc]) => loc)
    expect(children.length).toBeGreaterThan(0)
    const entries = new Map<string, Record<string, string>>()
    for (const child of children) {
      const xml = await (await get(ownPath(child) ?? '')).text()
      const urls = await parser.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        return [...doc.getElementsByTagName('url')].map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
          ),
        }))
      }, xml)
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.length).toBeLessThanOrEqual(50_000)
      for (const { loc, alternates } of urls as SitemapEntry[]) entries.set(ownPath(loc) ?? loc, alternates)
    }

    const problems: string[] = []
    for (const [path, alternates] of entries) {
      const lang = path.split('/')[1]
      if (ownPath(alternates[lang] ?? '') !== path) problems.push(`${path} does not list itself for ${lang}`)
      if (ownPath(alternates['x-default'] ?? '') !== ownPath(alternates.en ?? '')) problems.push(`${path}: x-default is not the English page`)
      for (const [hreflang, href] of Object.entries(alternates)) {
        if (hreflang === 'x-default') continue
        if (ownPath(entries.get(ownPath(href) ?? '')?.[lang] ?? '') !== path) problems.push(`${path}: ${href} is missing or does not name it back`)
      }
    }
    expect(problems).toEqual([])

    const paths = [...entries.keys()]
    for (const code of localeCodes) {
      for (const page of [`/${code}`, `/${code}/statements`, `/${code}/reactions`]) expect(entries.has(page), page).toBe(true)
      expect(paths.filter((path) => path.startsWith(`/${code}/topics/`)).length, `${code} topics`).toBeGreaterThanOrEqual(3)
      expect(paths.filter((path) => path.startsWith(`/${code}/states/`)).length, `${code} States`).toBeGreaterThan(150)
      expect(paths.some((path) => path.startsWith(`/${code}/statements/`)), `${code} statements`).toBe(true)
    }
    expect(ownPath(entries.get('/fr/topics/independance-de-la-cour')?.en ?? '')).toBe('/en/topics/independence-of-the-court')
  })
})

describe('feeds', () => {
  /** The items of a feed, and the address it gives as its own. */
  async function readFeed(locale: string) {
    const response = await get(`/${locale}/feed.xml`)
    expect(response.status).toBe(200)
    return parser.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      const self = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find((link) => link.getAttribute('rel') === 'self')
      return {
        self: self?.getAttribute('href') ?? null,
        items: [...doc.getElementsByTagName('item')].map((item) => {
          const guid = item.getElementsByTagName('guid')[0]
          return { link: item.getElementsByTagName('link')[0]?.textContent ?? '', guid: guid?.textContent ?? '', isPermaLink: guid?.getAttribute('isPermaLink') ?? null }
        }),
      }
    }, await response.text())
  }

  it('name their own address', async () => {
    for (const code of localeCodes) expect((await readFeed(code)).self).toBe(`${baseURL}/${code}/feed.xml`)
  })

  /** The item linking to `link`, once the feed shows it (lists are refreshed behind the first reader). */
  async function feedItem(locale: string, link: string) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const item = (await readFeed(locale)).items.find((candidate) => candidate.link === link)
      if (item) return item
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`The ${locale} feed never listed ${link}`)
  }

  it('keep an item’s id for life, whatever its slug becomes', async () => {
    const [first, second] = [`feed-${run}`, `feed-renamed-${run}`]
    const id = await publishStatement({ en: first })
    const link = (slug: string) => `${baseURL}${statementPath('en', slug)}`
    const before = await feedItem('en', link(first))
    expect(before.isPermaLink).toBe('false')
    expect(before.guid).not.toContain(first)

    await rename(id, 'en', second)
    expect((await feedItem('en', link(second))).guid).toBe(before.guid)
  })
})

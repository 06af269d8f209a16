import { randomBytes } from 'node:crypto'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

import { type Editor, get, ownPath, signInEditor, statementPath } from './addresses'
import { launchChromium, type Page } from './browser'

/**
 * Addresses as crawlers and browsers without JavaScript meet them: a statement's old addresses
 * are HTTP redirects, and every link, language switch and alternate of every public page leads
 * somewhere.
 */

const run = randomBytes(3).toString('hex')
let editor: Editor
let browser: Browser
let parser: Page

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
async function expectRedirect(
  from: string,
  to: string,
  before: { status: number; location?: string } = { status: 200 },
) {
  const answer = async () => {
    const response = await get(from)
    return {
      from,
      status: response.status,
      location: response.headers.get('location') ?? undefined,
    }
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
  editor = await signInEditor()
  browser = await launchChromium(inject('chromiumPath'))
  parser = await browser.newPage()
})

afterAll(async () => {
  await editor.removeAll()
  await browser.close()
})

describe('renamed statements', () => {
  it('answer their old address with a 308 and its Location after the page was cached, in every language', async () => {
    const before = {
      en: `cached-${run}`,
      fr: `en-cache-${run}`,
      es: `en-cache-es-${run}`,
      ar: `مخزن-${run}`,
    }
    const after = {
      en: `renamed-${run}`,
      fr: `renommee-${run}`,
      es: `renombrada-${run}`,
      ar: `معاد-${run}`,
    }
    const id = await editor.publishStatement(before)
    for (const code of localeCodes) await cache(statementPath(code, before[code]))

    for (const code of localeCodes) await editor.rename(id, code, after[code])

    for (const code of localeCodes) {
      await expectRedirect(statementPath(code, before[code]), statementPath(code, after[code]))
      // Asked again, now from the cache: still a real redirect.
      await expectRedirect(statementPath(code, before[code]), statementPath(code, after[code]))
    }
  })

  it('send every old address of a statement renamed twice straight to the last one, cached or not', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((step) => `chain-${step}-${run}`)
    const id = await editor.publishStatement({ en: a })
    await cache(statementPath('en', a))
    await editor.rename(id, 'en', b)
    await expectRedirect(statementPath('en', a), statementPath('en', b))
    await editor.rename(id, 'en', c)
    // A was answered with a redirect to B; B was never asked for.
    await expectRedirect(statementPath('en', a), statementPath('en', c), {
      status: 308,
      location: statementPath('en', b),
    })
    await expectRedirect(statementPath('en', b), statementPath('en', c))
  })

  it('take back an old slug without a loop', async () => {
    const [a, b] = ['a', 'b'].map((step) => `back-${step}-${run}`)
    const id = await editor.publishStatement({ en: a })
    await cache(statementPath('en', a))
    await editor.rename(id, 'en', b)
    await expectRedirect(statementPath('en', a), statementPath('en', b))
    await cache(statementPath('en', b))
    await editor.rename(id, 'en', a)
    await expectRedirect(statementPath('en', b), statementPath('en', a))
    // A is the statement's own address again: followed, B lands there in one hop.
    const followed = await fetch(new URL(statementPath('en', b), inject('baseURL')))
    expect({
      status: followed.status,
      url: new URL(followed.url).pathname,
      redirected: followed.redirected,
    }).toEqual({ status: 200, url: statementPath('en', a), redirected: true })
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
    const attr = (selector: string, name: string) =>
      [...doc.querySelectorAll(selector)].map(
        (element) => [element, element.getAttribute(name) ?? ''] as const,
      )
    return {
      lang: doc.documentElement.lang,
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      alternates: Object.fromEntries(
        attr('link[rel="alternate"][hreflang]', 'href').map(([element, href]) => [
          element.getAttribute('hreflang') ?? '',
          href,
        ]),
      ),
      feeds: attr('link[rel="alternate"][type="application/rss+xml"]', 'href').map(
        ([, href]) => href,
      ),
      switcher: Object.fromEntries(
        attr('.locale-switcher a', 'href').map(([element, href]) => [
          element.getAttribute('hreflang') ?? '',
          href,
        ]),
      ),
      links: attr('a[href]', 'href').map(([, href]) => href),
    }
  }, html)
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
  it(
    'finds every link, language switch and hreflang alternate answering 200, alternates reciprocal and the feed announced',
    { timeout: 600_000 },
    async () => {
      // Pages read in full: every kind of public page; State pages sampled (every link to them is still followed).
      const isPage = (path: string) =>
        /^\/(en|fr|es|ar)(\/(statements|reactions|search)|\/(statements|topics|states)\/[^/?]+)?$/.test(
          path,
        )
      const stateSample = new Set(['fr', 'us', 'za', 'br', 'jp'])
      const read = (path: string) =>
        isPage(path) && (!/\/states\//.test(path) || stateSample.has(path.split('/').at(-1) ?? ''))

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
        else if (landed === path && read(path))
          pages.set(path, await extract(await response.text()))
      }

      let frontier = localeCodes.flatMap((code) => [
        `/${code}`,
        `/${code}/statements`,
        `/${code}/reactions`,
      ])
      while (frontier.length > 0) {
        await inParallel(frontier, 4, visit)
        const found = new Set<string>()
        for (const [, page] of pages) {
          for (const href of [
            ...page.links,
            ...Object.values(page.alternates),
            ...Object.values(page.switcher),
            ...page.feeds,
          ]) {
            const path = ownPath(href)
            if (path !== null && !statuses.has(path)) found.add(path)
          }
        }
        frontier = [...found]
      }

      for (const [path, page] of pages) {
        const own = (href: string | null) => (href === null ? null : ownPath(href))
        // The feed of the page's language, in its head.
        if (page.feeds.map(own).join() !== `/${page.lang}/feed.xml`)
          problems.push(`${path} announces the feeds ${page.feeds.join(', ') || 'none'}`)
        if (!page.alternates['x-default']) problems.push(`${path} has no x-default alternate`)
        // A statement not translated into the page's language shows the original, which is its canonical page.
        const self = page.alternates[page.lang] ?? page.alternates['x-default'] ?? null
        if (own(page.canonical) !== own(self) || (page.alternates[page.lang] && own(self) !== path))
          problems.push(`${path}: canonical ${page.canonical}, alternate ${self}`)
        if (!page.alternates[page.lang]) continue
        for (const [hreflang, href] of Object.entries(page.alternates)) {
          if (hreflang === 'x-default') continue
          const other = pages.get(own(href) ?? '')
          // Reciprocal: the page in that language names this one for this page's language.
          if (!other) problems.push(`${path}: its ${hreflang} alternate ${href} was not read`)
          else if (own(other.alternates[page.lang] ?? null) !== own(page.canonical))
            problems.push(`${path}: ${href} does not name it back for ${page.lang}`)
          // The language switch leads to the same page as the alternate.
          if (own(page.switcher[hreflang] ?? null) !== own(href))
            problems.push(
              `${path}: switches to ${hreflang} at ${page.switcher[hreflang]}, not ${href}`,
            )
        }
      }

      expect(problems).toEqual([])
      // Every kind of page was read in every language, and every State page linked was followed.
      for (const code of localeCodes) {
        for (const kind of ['statements/', 'topics/', 'states/'])
          expect(
            [...pages.keys()].some((path) => path.startsWith(`/${code}/${kind}`)),
            `${code} ${kind}`,
          ).toBe(true)
        expect(
          [...statuses.keys()].filter((path) => path.startsWith(`/${code}/states/`)).length,
        ).toBeGreaterThan(150)
      }
    },
  )
})

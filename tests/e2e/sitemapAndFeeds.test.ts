import { randomBytes } from 'node:crypto'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { entryIds, feedIds } from '@/lib/feeds/entryIds'
import { dayOf } from '@/lib/reactions/partyStatus'
import type { Stance } from '@/lib/reactions/stances'

import { type ApiClient, apiClient, type Json, logIn } from '../helpers/apiClient'
import { type ParsedFeed, parseFeed } from '../helpers/parseFeed'
import { type Editor, get, ownPath, signInEditor, statementPath } from './addresses'
import { launchChromium, type Page } from './browser'

/** What search engines and feed readers are given: the sitemap, and the feeds with their items' ids. */
// The Atom feeds are read with feedparser, a real feed reader's parser; the RSS one with the browser's XML parser.

const baseURL = inject('baseURL')
const run = randomBytes(3).toString('hex')
let editor: Editor
let browser: Browser
let parser: Page

beforeAll(async () => {
  editor = await signInEditor()
  browser = await launchChromium(inject('chromiumPath'))
  parser = await browser.newPage()
})

afterAll(async () => {
  await editor.removeAll()
  await browser.close()
})

type SitemapEntry = { loc: string; alternates: Record<string, string> }

describe('the sitemap', () => {
  it('lists home, index, tracker, every topic, State and statement in each of its languages, with reciprocal alternates and x-default', async () => {
    const index = await get('/sitemap.xml')
    expect(index.status).toBe(200)
    const children = [
      ...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g),
    ].map(([, loc]) => loc)
    expect(children.length).toBeGreaterThan(0)
    const entries = new Map<string, Record<string, string>>()
    for (const child of children) {
      const xml = await (await get(ownPath(child) ?? '')).text()
      const urls = await parser.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        return [...doc.getElementsByTagName('url')].map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => [
              link.getAttribute('hreflang') ?? '',
              link.getAttribute('href') ?? '',
            ]),
          ),
        }))
      }, xml)
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.length).toBeLessThanOrEqual(50_000)
      for (const { loc, alternates } of urls as SitemapEntry[])
        entries.set(ownPath(loc) ?? loc, alternates)
    }

    const problems: string[] = []
    for (const [path, alternates] of entries) {
      const lang = path.split('/')[1]
      if (ownPath(alternates[lang] ?? '') !== path)
        problems.push(`${path} does not list itself for ${lang}`)
      if (ownPath(alternates['x-default'] ?? '') !== ownPath(alternates.en ?? ''))
        problems.push(`${path}: x-default is not the English page`)
      for (const [hreflang, href] of Object.entries(alternates)) {
        if (hreflang === 'x-default') continue
        if (ownPath(entries.get(ownPath(href) ?? '')?.[lang] ?? '') !== path)
          problems.push(`${path}: ${href} is missing or does not name it back`)
      }
    }
    expect(problems).toEqual([])

    const paths = [...entries.keys()]
    for (const code of localeCodes) {
      for (const page of [
        `/${code}`,
        `/${code}/statements`,
        `/${code}/reactions`,
        `/${code}/reactions/changes`,
      ])
        expect(entries.has(page), page).toBe(true)
      expect(
        paths.filter((path) => path.startsWith(`/${code}/topics/`)).length,
        `${code} topics`,
      ).toBeGreaterThanOrEqual(3)
      expect(
        paths.filter((path) => path.startsWith(`/${code}/states/`)).length,
        `${code} States`,
      ).toBeGreaterThan(150)
      expect(
        paths.some((path) => path.startsWith(`/${code}/statements/`)),
        `${code} statements`,
      ).toBe(true)
    }
    expect(ownPath(entries.get('/fr/topics/independance-de-la-cour')?.en ?? '')).toBe(
      '/en/topics/independence-of-the-court',
    )
  })
})

describe('feeds', () => {
  /** The items of a feed, and the address it gives as its own. */
  async function readFeed(locale: string) {
    const response = await get(`/${locale}/feed.xml`)
    expect(response.status).toBe(200)
    return parser.evaluate(
      (source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        const self = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find(
          (link) => link.getAttribute('rel') === 'self',
        )
        return {
          self: self?.getAttribute('href') ?? null,
          items: [...doc.getElementsByTagName('item')].map((item) => {
            const guid = item.getElementsByTagName('guid')[0]
            return {
              link: item.getElementsByTagName('link')[0]?.textContent ?? '',
              guid: guid?.textContent ?? '',
              isPermaLink: guid?.getAttribute('isPermaLink') ?? null,
            }
          }),
        }
      },
      await response.text(),
    )
  }

  it('name their own address', async () => {
    for (const code of localeCodes)
      expect((await readFeed(code)).self).toBe(`${baseURL}/${code}/feed.xml`)
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
    const id = await editor.publishStatement({ en: first })
    const link = (slug: string) => `${baseURL}${statementPath('en', slug)}`
    const before = await feedItem('en', link(first))
    expect(before.isPermaLink).toBe('false')
    expect(before.guid).not.toContain(first)

    await editor.rename(id, 'en', second)
    expect((await feedItem('en', link(second))).guid).toBe(before.guid)
  })
})

describe('Atom feeds of a State, a topic and changes of stance', () => {
  let rest: ApiClient['rest']
  /** What the tests create, deleted in reverse order afterwards. */
  const created: { collection: 'reactions' | 'topics'; id: number }[] = []
  const day = (daysAgo: number) => dayOf(new Date(Date.now() - daysAgo * 86_400_000))

  beforeAll(async () => {
    const { token } = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
    rest = apiClient(baseURL, token, () => {}).rest
  })

  afterAll(async () => {
    for (const { collection, id } of created.splice(0).reverse())
      await rest('DELETE', `/api/${collection}/${id}`)
  })

  async function call(method: 'POST' | 'PATCH', path: string, body: Json): Promise<number> {
    const reply = await rest(method, path, body)
    expect(reply.status, `${method} ${path}: ${reply.text}`).toBeLessThan(300)
    return (reply.body.doc as { id: number }).id
  }

  const source = (sequence: number) => `https://example.org/feeds/${run}/${sequence}`

  async function stateId(iso2: string): Promise<number> {
    const reply = await rest('GET', `/api/states?where[iso2][equals]=${iso2}&depth=0&limit=1`)
    return (reply.body.docs as { id: number }[])[0].id
  }

  let reactions = 0
  const sourceOf = new Map<number, string>()
  /** A reaction of one State (verified unless said otherwise) with a source of its own, an English summary and maybe an Arabic one. */
  async function react(
    state: number,
    date: string,
    stance: Stance,
    { arabic, verified = true }: { arabic?: string; verified?: boolean } = {},
  ): Promise<number> {
    const id = await call('POST', '/api/reactions?locale=en', {
      actors: [{ relationTo: 'states', value: state }],
      date,
      stance,
      summary: `Feed test ${run}: ${stance} on ${date}`,
      sourceUrl: source(++reactions),
      sourceTitle: `Source ${run}`,
      verified,
    })
    created.push({ collection: 'reactions', id })
    sourceOf.set(id, source(reactions))
    if (arabic) await call('PATCH', `/api/reactions/${id}?locale=ar`, { summary: arabic })
    return id
  }

  /** A feed as a reader gets it; Atom, with the caching of the site-wide feed. */
  async function readAtom(path: string): Promise<ParsedFeed> {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const siteWide = await get(`/${path.split('/')[1]}/feed.xml`)
    expect(response.headers.get('cache-control')).toBe(siteWide.headers.get('cache-control'))
    return parseFeed(response.body as ReadableStream<Uint8Array>)
  }

  /** The feed once `ready` holds: lists are refreshed behind the first reader after a change. */
  async function feedWhere(
    path: string,
    ready: (feed: ParsedFeed) => boolean,
    awaited: string,
  ): Promise<ParsedFeed> {
    for (let attempt = 0; attempt < 40; attempt++) {
      // A topic just created is a 404 until its list is refreshed.
      if ((await get(path)).status === 200) {
        const feed = await readAtom(path)
        if (ready(feed)) return feed
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`${path} never showed ${awaited}`)
  }

  const feedWith = (path: string, id: string) =>
    feedWhere(path, (feed) => feed.items.some((item) => item.guid === id), id)

  /** The page's announced Atom feed and its visible link to it. */
  async function feedLinksOn(path: string) {
    const page = await browser.newPage({ javaScriptEnabled: false })
    expect((await page.goto(`${baseURL}${path}`))?.status()).toBe(200)
    const announced = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href')
    const visible = page.locator('a[type="application/atom+xml"]')
    const links = {
      announced,
      visible: await visible.getAttribute('href'),
      text: await visible.textContent(),
    }
    await page.close()
    return links
  }

  it('follow a State: its verified reactions newest first, in the reader’s language with English standing in', async () => {
    const estonia = await stateId('EE')
    const first = await react(estonia, '2020-01-10', 'concern', { arabic: `ملخص ${run}` })
    const second = await react(estonia, '2020-03-05', 'condemns')
    const third = await react(estonia, '2020-03-05', 'condemns')
    const unverified = await react(estonia, '2020-04-01', 'supports', { verified: false })
    // Newest first; on one day, the one entered last first.
    const order = [third, second, first]

    for (const locale of ['en', 'ar'] as const) {
      const path = `/${locale}/states/ee/feed.xml`
      const feed = await feedWith(path, entryIds.reaction(third, locale))
      expect(feed.meta['#type']).toBe('atom')
      expect(feed.meta.language).toBe(locale)
      expect(feed.id).toBe(feedIds.state('ee', locale))
      expect(feed.meta.xmlurl).toBe(`${baseURL}${path}`)
      expect(feed.meta.link).toBe(`${baseURL}/${locale}/states/ee`)
      expect(feed.items.map((item) => item.guid)).toEqual(
        order.map((id) => entryIds.reaction(id, locale)),
      )
      expect(feed.items.map((item) => item.guid)).not.toContain(
        entryIds.reaction(unverified, locale),
      )
      // The State's page has no address for one reaction: an entry links to its source.
      expect(feed.items.map((item) => item.link)).toEqual(order.map((id) => sourceOf.get(id)))
    }
    const [english, arabic] = [
      await readAtom('/en/states/ee/feed.xml'),
      await readAtom('/ar/states/ee/feed.xml'),
    ]
    expect(english.items[0].title).toBe('Estonia: Condemns threats or sanctions')
    expect(arabic.items[0].title).toBe('إستونيا: تدين التهديدات أو العقوبات')
    expect(arabic.items[2].summary).toContain(`<p>ملخص ${run}</p>`)
    // No Arabic summary: the English one, marked as English.
    expect(arabic.items[0].summary).toContain(
      `<p lang="en" dir="ltr">Feed test ${run}: condemns on 2020-03-05</p>`,
    )

    for (const locale of ['en', 'ar'] as const) {
      const links = await feedLinksOn(`/${locale}/states/ee`)
      expect(links.announced).toBe(`${baseURL}/${locale}/states/ee/feed.xml`)
      expect(links.visible).toBe(`/${locale}/states/ee/feed.xml`)
      expect(links.text).toBe(
        locale === 'en'
          ? 'Follow this State’s reactions (Atom feed)'
          : 'تابِع مواقف هذه الدولة (موجز Atom)',
      )
    }
  })

  it('answer an unknown State or topic with a 404 in the reader’s language, and a code in capitals with a redirect', async () => {
    const unknown = await get('/en/states/zz/feed.xml')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toBe('No State has the code “zz”.')
    const arabic = await get('/ar/states/zz/feed.xml')
    expect(arabic.status).toBe(404)
    expect(await arabic.text()).toBe('لا توجد دولة رمزها «zz».')
    expect((await get('/en/states/estonia/feed.xml')).status).toBe(404)
    expect((await get(`/en/topics/no-topic-${run}/feed.xml`)).status).toBe(404)
    expect((await get(`/ar/topics/no-topic-${run}/feed.xml`)).status).toBe(404)
    const capitals = await get('/fr/states/EE/feed.xml')
    expect(capitals.status).toBe(308)
    expect(capitals.headers.get('location')).toBe('/fr/states/ee/feed.xml')
  })

  it('follow a topic: its statements published in the language; renaming the topic or a statement keeps every id', async () => {
    const slugs = { en: `feed-topic-${run}`, ar: `موضوع-${run}` }
    const topic = await call('POST', '/api/topics?locale=en', {
      name: `Feed topic ${run}`,
      slug: slugs.en,
    })
    created.push({ collection: 'topics', id: topic })
    await call('PATCH', `/api/topics/${topic}?locale=ar`, { name: `موضوع ${run}`, slug: slugs.ar })
    const older = await editor.publishStatement({ en: `topic-older-${run}`, ar: `أقدم-${run}` })
    const newer = await editor.publishStatement({ en: `topic-newer-${run}` })
    await call('PATCH', `/api/statements/${older}?locale=en`, {
      topics: [topic],
      publishedAt: '2024-03-01',
      _status: 'published',
    })
    await call('PATCH', `/api/statements/${newer}?locale=en`, {
      topics: [topic],
      publishedAt: '2024-04-01',
      _status: 'published',
    })

    const feedPath = (locale: 'en' | 'ar', slug: string) =>
      `/${locale}/topics/${encodeURIComponent(slug)}/feed.xml`
    const english = await feedWith(feedPath('en', slugs.en), entryIds.statement(newer, 'en'))
    expect(english.meta.language).toBe('en')
    expect(english.items.map((item) => item.guid)).toEqual([
      entryIds.statement(newer, 'en'),
      entryIds.statement(older, 'en'),
    ])
    expect(english.items[1].link).toBe(`${baseURL}${statementPath('en', `topic-older-${run}`)}`)
    // Arabic lists only what is published in Arabic.
    const arabic = await feedWith(feedPath('ar', slugs.ar), entryIds.statement(older, 'ar'))
    expect(arabic.meta.language).toBe('ar')
    expect(arabic.items.map((item) => item.guid)).toEqual([entryIds.statement(older, 'ar')])
    expect(arabic.items[0].link).toBe(`${baseURL}${statementPath('ar', `أقدم-${run}`)}`)

    for (const locale of ['en', 'ar'] as const) {
      const links = await feedLinksOn(`/${locale}/topics/${encodeURIComponent(slugs[locale])}`)
      expect(links.announced).toBe(`${baseURL}${feedPath(locale, slugs[locale])}`)
      expect(links.visible).toBe(feedPath(locale, slugs[locale]))
      expect(links.text).toBe(
        locale === 'en' ? 'Follow this topic (Atom feed)' : 'تابِع هذا الموضوع (موجز Atom)',
      )
    }

    const renamed = `feed-topic-renamed-${run}`
    await call('PATCH', `/api/topics/${topic}?locale=en`, { name: `Renamed ${run}`, slug: renamed })
    await editor.rename(older, 'en', `topic-older-renamed-${run}`)
    let after: ParsedFeed | undefined
    for (let attempt = 0; attempt < 40 && !after; attempt++) {
      const response = await get(feedPath('en', renamed))
      if (response.status === 200)
        after = await parseFeed(response.body as ReadableStream<Uint8Array>)
      else await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(after?.id).toBe(english.id)
    expect(after?.meta.title).toBe(`Renamed ${run}: statements`)
    expect((await get(feedPath('en', slugs.en))).status).toBe(404)
    const movedLink = `${baseURL}${statementPath('en', `topic-older-renamed-${run}`)}`
    const moved = await feedWhere(
      feedPath('en', renamed),
      (feed) => feed.items.some((item) => item.link === movedLink),
      movedLink,
    )
    expect(moved.items.map((item) => item.guid)).toEqual(english.items.map((item) => item.guid))
  })

  it('follow changes of stance: one entry per change, newest first, kept until the State changes again', async () => {
    const [latvia, lithuania] = [await stateId('LV'), await stateId('LT')]
    await react(latvia, day(30), 'supports')
    const latviaTurn = await react(latvia, day(3), 'condemns')
    await react(lithuania, day(20), 'concern')
    const lithuaniaTurn = await react(lithuania, day(2), 'supports')

    for (const locale of ['en', 'ar'] as const) {
      const path = `/${locale}/reactions/changes/feed.xml`
      const feed = await feedWith(path, entryIds.stanceChange('lv', latviaTurn, locale))
      expect(feed.meta.language).toBe(locale)
      expect(feed.id).toBe(feedIds.stanceChanges(locale))
      const ids = feed.items.map((item) => item.guid)
      const [lt, lv] = [
        ids.indexOf(entryIds.stanceChange('lt', lithuaniaTurn, locale)),
        ids.indexOf(entryIds.stanceChange('lv', latviaTurn, locale)),
      ]
      expect(lt).toBeGreaterThanOrEqual(0)
      expect(lt).toBeLessThan(lv)
      expect(feed.items[lv].link).toBe(`${baseURL}/${locale}/states/lv`)
    }
    const english = await readAtom('/en/reactions/changes/feed.xml')
    const latviaEntry = english.items.find((item) => item.link === `${baseURL}/en/states/lv`)
    expect(latviaEntry?.title).toBe(
      'Latvia: from “Reaffirms support” to “Condemns threats or sanctions”',
    )

    // Another reaction in the same stance is the same change (once the tracker's data has it).
    const sameStance = await react(latvia, day(1), 'condemns')
    await feedWith('/en/states/lv/feed.xml', entryIds.reaction(sameStance, 'en'))
    const again = await readAtom('/en/reactions/changes/feed.xml')
    expect(again.items.map((item) => item.guid)).toContain(
      entryIds.stanceChange('lv', latviaTurn, 'en'),
    )
    // A new stance is a new change, and the one before it is no longer the State's latest.
    const nextTurn = await react(latvia, day(0), 'concern')
    const changed = await feedWith(
      '/en/reactions/changes/feed.xml',
      entryIds.stanceChange('lv', nextTurn, 'en'),
    )
    expect(changed.items.map((item) => item.guid)).not.toContain(
      entryIds.stanceChange('lv', latviaTurn, 'en'),
    )
  })
})

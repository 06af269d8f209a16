import { randomBytes } from 'node:crypto'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

import { type Editor, get, ownPath, signInEditor, statementPath } from './addresses'
import { launchChromium, type Page } from './browser'

/** What search engines and feed readers are given: the sitemap, and the feeds with their items' ids. */

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

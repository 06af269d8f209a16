import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoStatements } from '@/lib/seed/demoStatements'

import { htmlAttributes, launchChromium, openPage as open, type Page } from './browser'

let browser: Browser
const openPage = (options?: Parameters<typeof open>[1]) => open(browser, options)

const reference = demoStatements[0].versions
const englishOnly = demoStatements.find((statement) => Object.keys(statement.versions).length === 1)
  ?.versions.en
const pathOf = (locale: string, slug: string) => `/${locale}/statements/${encodeURIComponent(slug)}`

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()

describe('statement pages', () => {
  it('reads the statement in English, then switches to French and lands on the French slug', async () => {
    const page = await openPage()
    await page.goto(pathOf('en', reference.en.slug))
    expect(await heading(page)).toBe(reference.en.title)
    const french = page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Français' })
    // The switcher links straight to the French slug, no redirect in between.
    expect(await french.getAttribute('href')).toBe(pathOf('fr', reference.fr?.slug ?? ''))
    await french.click()
    await page.waitForURL((url) => url.pathname === pathOf('fr', reference.fr?.slug ?? ''))
    expect(await heading(page)).toBe(reference.fr?.title)
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' })
  })

  it('renders the Arabic statement right to left', async () => {
    const page = await openPage()
    const response = await page.goto(pathOf('ar', reference.ar?.slug ?? ''))
    expect(response?.status()).toBe(200)
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    expect(await heading(page)).toBe(reference.ar?.title)
    const direction = await page
      .locator('.statement__body')
      .evaluate((element) => getComputedStyle(element).direction)
    expect(direction).toBe('rtl')
  })

  it('shows an untranslated statement in the original, says so, and marks its language', async () => {
    const page = await openPage()
    const response = await page.goto(pathOf('es', englishOnly?.slug ?? ''))
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('note').textContent()).toContain(
      'aún no se ha traducido al español',
    )
    expect(await page.locator('h1').getAttribute('lang')).toBeNull()
    expect(await page.locator('.statement__header').getAttribute('lang')).toBe('en')
    expect(await heading(page)).toBe(englishOnly?.title)
    const switcher = page.getByRole('navigation', { name: 'Idioma' })
    expect(await switcher.locator('li', { hasText: 'Français' }).textContent()).toBe(
      'Français (solo el original)',
    )
    expect(await switcher.locator('li', { hasText: 'English' }).textContent()).toBe('English')
  })

  it('lists every published statement on the index, marking those only in English', async () => {
    const page = await openPage()
    const count = `${demoStatements.length} déclarations`
    // Statements other files published are deleted at their end: the cached index may still
    // count them for the moment it takes to render again.
    for (let tries = 0; tries < 20; tries++) {
      await page.goto('/fr/statements')
      if ((await page.getByRole('status').textContent()) === count) break
      await page.waitForTimeout(500)
    }
    expect(await page.getByRole('status').textContent()).toBe(count)
    expect(await page.locator('.badge').allTextContents()).toEqual(['En anglais'])
    await page.getByLabel('Type').selectOption('open-letter')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await page.waitForURL((url) => url.searchParams.get('kind') === 'open-letter')
    expect(await page.getByRole('status').textContent()).toBe('1 déclaration')
  })

  it('finds the statement by search, with the form alone', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    await page.goto('/fr/search')
    await page.getByLabel('Rechercher dans les déclarations').fill('independance victimes')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === 'independance victimes')
    await page.getByRole('link', { name: reference.fr?.title }).click()
    await page.waitForURL((url) => url.pathname === pathOf('fr', reference.fr?.slug ?? ''))
  })

  it('publishes a well-formed RSS feed per language and a sitemap with alternates', async () => {
    const page = await openPage()
    for (const path of ['/en/feed.xml', '/ar/feed.xml', '/sitemap.xml', '/sitemaps/1.xml']) {
      const response = await page.request.get(path)
      expect(response.status()).toBe(200)
      const text = await response.text()
      const problem = await page.evaluate(
        (xml) =>
          new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')
            ?.textContent ?? null,
        text,
      )
      expect({ path, problem }).toEqual({ path, problem: null })
    }
    const feed = await (await page.request.get('/ar/feed.xml')).text()
    expect(feed).toContain(reference.ar?.title)
    expect(feed).not.toContain(englishOnly?.title)
    const sitemap = await (await page.request.get('/sitemaps/1.xml')).text()
    expect(sitemap).toContain(
      `hreflang="fr" href="${inject('baseURL')}${pathOf('fr', reference.fr?.slug ?? '')}"`,
    )
  })

  it.each(['/en', '/en/statements', 'statement'])(
    '%s works with JavaScript turned off',
    async (path) => {
      const page = await openPage({ javaScriptEnabled: false })
      const target = path === 'statement' ? pathOf('en', reference.en.slug) : path
      const response = await page.goto(target)
      expect(response?.status()).toBe(200)
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      expect(
        (await page.getByRole('link', { name: reference.en.title }).count()) +
          (path === 'statement' ? 1 : 0),
      ).toBeGreaterThan(0)
    },
  )

  it('carries hreflang alternates, x-default and a canonical link', async () => {
    const page = await openPage()
    await page.goto(pathOf('en', reference.en.slug))
    const links = await page.$$eval(
      'link[rel="alternate"][hreflang], link[rel="canonical"]',
      (elements) =>
        elements.map(
          (element) =>
            `${element.getAttribute('rel')} ${element.getAttribute('hreflang') ?? ''} ${new URL(element.getAttribute('href') ?? '').pathname}`,
        ),
    )
    expect(links).toEqual(
      expect.arrayContaining([
        `canonical  ${pathOf('en', reference.en.slug)}`,
        `alternate fr ${pathOf('fr', reference.fr?.slug ?? '')}`,
        `alternate x-default ${pathOf('en', reference.en.slug)}`,
      ]),
    )
  })
})

describe('accessibility', () => {
  const pages = ['/en', '/en/statements', 'statement:en', '/ar', '/ar/statements', 'statement:ar']
  it.each(pages)('%s has no serious or critical axe violation', async (target) => {
    const page = await openPage()
    const [kind, locale] = target.split(':')
    const slug = locale === 'ar' ? reference.ar?.slug : reference.en.slug
    await page.goto(kind === 'statement' ? pathOf(locale, slug ?? '') : target)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    expect(serious).toEqual([])
  })
})

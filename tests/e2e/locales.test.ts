import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoStatements } from '@/lib/seed/demoStatements'

import { htmlAttributes, launchChromium, openPage as open, type Page } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const openPage = (options?: Parameters<typeof open>[1]) => open(browser, options)

/** The header's language links, by language. */
const switcherLinks = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('.locale-switcher a')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      ),
  )

describe('locales', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.5', '/fr'],
    ['ar-EG,ar;q=0.9', '/ar'],
    ['de-DE,de;q=0.9', '/en'],
  ])('sends / with Accept-Language %s to %s', async (acceptLanguage, expected) => {
    const page = await openPage({ extraHTTPHeaders: { 'accept-language': acceptLanguage } })
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe(expected)
  })

  it('remembers the language a reader chose over the browser’s preference', async () => {
    const page = await openPage({ extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' } })
    await page.goto('/es')
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/es')
  })

  it('renders Arabic right to left and English left to right', async () => {
    const page = await openPage()
    await page.goto('/ar')
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    await page.goto('/en')
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' })
  })

  it('switches language from the header and marks the current one', async () => {
    const page = await openPage()
    await page.goto('/en')
    const switcher = page.getByRole('navigation', { name: 'Language' })
    expect(await switcher.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe(
      'true',
    )

    await switcher.getByRole('link', { name: 'Français' }).click()
    await page.waitForURL('**/fr')
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' })
    const frenchSwitcher = page.getByRole('navigation', { name: 'Langue' })
    expect(
      await frenchSwitcher.getByRole('link', { name: 'Français' }).getAttribute('aria-current'),
    ).toBe('true')
    expect(
      await frenchSwitcher.getByRole('link', { name: 'English' }).getAttribute('aria-current'),
    ).toBeNull()
  })

  it('leads each language to the same page, the links made on the server', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    await page.goto('/ar/states/fr')
    expect(await switcherLinks(page)).toEqual({
      en: '/en/states/fr',
      fr: '/fr/states/fr',
      es: '/es/states/fr',
      ar: '/ar/states/fr',
    })
    // A filtered view of the tracker (served from an internal address) keeps its filters.
    await page.goto('/fr/reactions?stance=none&sort=count')
    expect(await switcherLinks(page)).toEqual({
      en: '/en/reactions?stance=none&sort=count',
      fr: '/fr/reactions?stance=none&sort=count',
      es: '/es/reactions?stance=none&sort=count',
      ar: '/ar/reactions?stance=none&sort=count',
    })
    await page.locator('.locale-switcher a[hreflang="es"]').click()
    await page.waitForURL((url) => url.pathname === '/es/reactions' && url.search !== '')
    expect(new URL(page.url()).search).toBe('?stance=none&sort=count')
  })

  it('follows the reader who moves on without a page load', async () => {
    const page = await openPage()
    await page.goto(`/fr/statements/${demoStatements[0].versions.fr?.slug}`)
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Déclarations' })
      .click()
    await page.waitForURL('**/fr/statements')
    await expect
      .poll(() => switcherLinks(page))
      .toEqual({
        en: '/en/statements',
        fr: '/fr/statements',
        es: '/es/statements',
        ar: '/ar/statements',
      })
  })

  it('answers an unknown locale with a real 404 page', async () => {
    const page = await openPage()
    const response = await page.goto('/xx')
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
  })

  it('answers an unknown page inside a locale with a 404 in that language', async () => {
    const page = await openPage()
    const response = await page.goto('/fr/cette-page-n-existe-pas')
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable')
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' })
  })

  it('works with JavaScript turned off', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    await page.goto('/es')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Declaraciones')
    await expect(
      page.getByText('Ante las amenazas, los Estados deben defender').count(),
    ).resolves.toBe(1)
    await page
      .getByRole('navigation', { name: 'Idioma' })
      .getByRole('link', { name: 'العربية' })
      .click()
    await page.waitForURL('**/ar')
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' })
  })
})

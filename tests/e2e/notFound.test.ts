import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logIn } from '../helpers/apiClient'
import { whenShown } from '../helpers/pageWatch'
import { get } from './addresses'
import { htmlAttributes, launchChromium, openPage as open } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const openPage = (options?: Parameters<typeof open>[1]) => open(browser, options)

/** A crawler's request with a language preference: no JavaScript, redirects not followed. */
const getIn = (path: string, acceptLanguage: string) =>
  fetch(new URL(path, inject('baseURL')), {
    redirect: 'manual',
    headers: { 'accept-language': acceptLanguage },
  })

/**
 * The 404 page as a reader's browser shows it. Next sends a 404 raised inside a language's pages as
 * an empty document that its script fills in, so the page's words are read from the browser; a
 * crawler gets the status and the no-index marker from the response itself.
 */
async function show404(path: string, acceptLanguage: string) {
  const page = await openPage({ extraHTTPHeaders: { 'accept-language': acceptLanguage } })
  const response = await page.goto(path)
  await page.getByRole('heading', { level: 1 }).waitFor()
  return { page, response }
}

describe('404 pages in the reader’s language', () => {
  it('answers an unknown language prefix with the 404 page in the language the reader reads, header and search included', async () => {
    const crawled = await getIn('/xx/statements', 'fr-CH, fr;q=0.9, en;q=0.5')
    expect(crawled.status).toBe(404)
    // It depends on request headers: no shared cache may keep it for other readers.
    expect(crawled.headers.get('cache-control')).toMatch(/private|no-store/)
    expect(await crawled.text()).toContain('<meta name="robots" content="noindex"/>')

    const { page, response } = await show404('/xx/statements', 'fr-CH, fr;q=0.9, en;q=0.5')
    expect(response?.status()).toBe(404)
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' })
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable')
    expect(await page.locator('.site-header').count()).toBe(1)
    expect(await page.getByRole('search').getAttribute('action')).toBe('/fr/search')
    for (const code of ['en', 'es', 'ar'])
      expect(await page.locator(`a[href="/${code}"][hreflang="${code}"]`).count()).toBeGreaterThan(
        0,
      )

    const english = await show404('/xx/statements', 'de-DE, en;q=0.5')
    expect(english.response?.status()).toBe(404)
    expect(await english.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Page not found',
    )

    // Addresses the proxy does not see (they have a dot): the 404 page in English, with the header.
    const unseen = await show404('/wp-login.php', 'fr')
    expect(unseen.response?.status()).toBe(404)
    expect(await htmlAttributes(unseen.page)).toEqual({ lang: 'en', dir: 'ltr' })
    expect(await unseen.page.locator('.site-header').count()).toBe(1)
    expect(await unseen.page.locator('a[href="/fr"][hreflang="fr"]').count()).toBeGreaterThan(0)
  })

  it('is right to left in Arabic, for unknown prefixes and unknown pages', async () => {
    for (const path of ['/pt/statements', '/ar/no-such-page']) {
      const { page, response } = await show404(path, 'ar-EG, ar;q=0.9')
      expect(response?.status(), path).toBe(404)
      expect(await htmlAttributes(page), path).toEqual({ lang: 'ar', dir: 'rtl' })
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe(
        'الصفحة غير موجودة',
      )
      expect(await page.getByRole('search').getAttribute('action'), path).toBe('/ar/search')
    }
  })

  it('redirects our languages spelled otherwise to our spelling, for good', async () => {
    for (const [path, expected] of [
      ['/EN/statements', '/en/statements'],
      ['/fr-FR/reactions?stance=supports', '/fr/reactions?stance=supports'],
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(308)
      const location = new URL(response.headers.get('location') ?? '', inject('baseURL'))
      expect(location.pathname + location.search).toBe(expected)
    }
  })

  it('searches from its search box', async () => {
    const { page } = await show404('/xx/statements', 'es-ES,es;q=0.9')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Página no encontrada')
    await page.getByRole('search').getByLabel('Buscar en las declaraciones').fill('corte')
    await page.getByRole('search').getByRole('button', { name: 'Buscar' }).click()
    await page.waitForURL('**/es/search?q=corte')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Búsqueda')
  })
})

describe('text not in the page’s language', () => {
  it('marks a summary English stands in for, and a quote in its own language, on a French State page', async () => {
    const baseURL = inject('baseURL')
    const { token } = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
    const api = async (method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown) => {
      const response = await fetch(`${baseURL}/api${path}`, {
        method,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      })
      expect(response.ok, `${method} ${path}`).toBe(true)
      return (await response.json()) as { docs?: { id: number }[]; doc?: { id: number } }
    }
    // North Korea: no seeded reaction, and not a party, so no count of the tracker's other tests moves.
    const state = (await api('GET', '/states?where[iso2][equals]=KP&depth=0&limit=1')).docs?.[0]
    const summary = 'Only summarised in English for now'
    const { doc } = await api('POST', '/reactions?locale=en', {
      actors: [{ relationTo: 'states', value: state?.id }],
      date: '2024-06-03',
      stance: 'other',
      summary,
      quote: 'Wir verfolgen die Lage aufmerksam',
      quoteLanguage: 'de',
      sourceUrl: 'https://example.org/kp-2024-06-03',
      sourceTitle: 'Test source',
      verified: true,
    })
    try {
      // Both pages may have been cached by an earlier test: each is read until it shows the reaction.
      for (const path of ['/fr/states/kp', '/en/states/kp'])
        expect(
          await whenShown(baseURL, path, (text) => text.includes(summary), Date.now()),
          path,
        ).not.toBeNull()
      const page = await openPage({ javaScriptEnabled: false })
      await page.goto('/fr/states/kp')
      const reaction = page.locator('.reaction').first()
      const english = reaction.getByText(summary)
      expect(await english.getAttribute('lang')).toBe('en')
      expect(await reaction.getByText('(en anglais)').count()).toBe(1)
      expect(await reaction.locator('blockquote').getAttribute('lang')).toBe('de')
      expect(await reaction.getByText('(en allemand)').count()).toBe(1)

      // In English the summary is the page's own language: nothing to mark.
      await page.goto('/en/states/kp')
      expect(
        await page.locator('.reaction').first().getByText(summary).getAttribute('lang'),
      ).toBeNull()
      expect(await page.getByText('(in English)').count()).toBe(0)
    } finally {
      await api('DELETE', `/reactions/${doc?.id}`)
    }
  })
})

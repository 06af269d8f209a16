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
const getIn = (path: string, acceptLanguage: string) => fetch(new URL(path, inject('baseURL')), { redirect: 'manual', headers: { 'accept-language': acceptLanguage } })

describe('404 pages in the reader’s language', () => {
  it('answers an unknown language prefix with the 404 page in the language the reader reads, header and search included', async () => {
    const response = await getIn('/xx/statements', 'fr-CH, fr;q=0.9, en;q=0.5')
    expect(response.status).toBe(404)
    // It depends on request headers: no shared cache may keep it for other readers.
    expect(response.headers.get('cache-control')).toMatch(/private|no-store/)
    const html = await response.text()
    expect(html).toMatch(/<html lang="fr" dir="ltr"/)
    expect(html).toContain('<h1>Page introuvable</h1>')
    expect(html).toContain('class="site-header"')
    expect(html).toMatch(/<form method="get" action="\/fr\/search" role="search"/)
    expect(html).toContain('href="/fr/statements"')
    for (const code of ['en', 'es', 'ar']) expect(html).toContain(`href="/${code}" hrefLang="${code}"`)

    const english = await getIn('/xx/statements', 'de-DE, en;q=0.5')
    expect(english.status).toBe(404)
    expect(await english.text()).toContain('<h1>Page not found</h1>')

    // Addresses the proxy does not see (they have a dot): the 404 page in English, with the header.
    const unseen = await getIn('/wp-login.php', 'fr')
    expect(unseen.status).toBe(404)
    const unseenHtml = await unseen.text()
    expect(unseenHtml).toMatch(/<html lang="en" dir="ltr"/)
    expect(unseenHtml).toContain('class="site-header"')
    expect(unseenHtml).toContain('href="/fr" hrefLang="fr"')
  })

  it('is right to left in Arabic, for unknown prefixes and unknown pages', async () => {
    for (const path of ['/pt/statements', '/ar/no-such-page']) {
      const response = await getIn(path, 'ar-EG, ar;q=0.9')
      expect(response.status, path).toBe(404)
      const html = await response.text()
      expect(html, path).toMatch(/<html lang="ar" dir="rtl"/)
      expect(html, path).toContain('<h1>الصفحة غير موجودة</h1>')
      expect(html, path).toMatch(/action="\/ar\/search"/)
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

  it('works with JavaScript turned off: the page shows, and its search box searches', async () => {
    const page = await openPage({ javaScriptEnabled: false, extraHTTPHeaders: { 'accept-language': 'es-ES,es;q=0.9' } })
    const response = await page.goto('/xx/statements')
    expect(response?.status()).toBe(404)
    expect(await htmlAttributes(page)).toEqual({ lang: 'es', dir: 'ltr' })
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
      expect(await whenShown(baseURL, '/fr/states/kp', (text) => text.includes(summary), Date.now())).not.toBeNull()
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
      expect(await page.locator('.reaction').first().getByText(summary).getAttribute('lang')).toBeNull()
      expect(await page.getByText('(in English)').count()).toBe(0)
    } finally {
      await api('DELETE', `/reactions/${doc?.id}`)
    }
  })
})

import AxeBuilder from '@axe-core/playwright'
import { createServer, type Server } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'

import { launchChromium, openPage as open } from './browser'

let browser: Browser
/** A member organization's site: another origin, whose page frames three embeds and one ordinary page. */
let memberSite: Server
let memberOrigin: string
const baseURL = inject('baseURL')

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  const port = await freePort()
  memberSite = createServer((request, response) => {
    const locale = new URL(request.url ?? '/', 'http://member.test').searchParams.get('locale')
    const frame = (name: string, path: string) =>
      `<iframe name="${name}" src="${baseURL}${path}" title="${name}" width="800" height="600"></iframe>`
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.end(
      `<!doctype html><html lang="en"><title>Member</title><body>${[
        frame('count', `/embed/${locale}/count`),
        frame('map', `/embed/${locale}/map`),
        frame('state', `/embed/${locale}/states/ua`),
        frame('page', `/${locale}/reactions`),
      ].join('')}</body></html>`,
    )
  })
  await new Promise<void>((resolve) => memberSite.listen(port, '127.0.0.1', resolve))
  memberOrigin = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await browser.close()
  await new Promise((resolve) => memberSite.close(resolve))
})

const openPage = (options: Parameters<typeof open>[1] = {}) => open(browser, options)

describe('embeds', () => {
  it.each([
    ['en', 'ltr', 'Ukraine'],
    ['ar', 'rtl', 'أوكرانيا'],
  ])(
    'render in /%s on another site with JavaScript off, where the full pages are refused',
    async (locale, dir, ukraine) => {
      const page = await openPage({ javaScriptEnabled: false })
      await page.goto(`${memberOrigin}/?locale=${locale}`)
      const frame = (name: string) => {
        const found = page.frame({ name })
        if (!found) throw new Error(`no frame ${name}`)
        return found
      }
      for (const name of ['count', 'map', 'state']) {
        const attributes = await frame(name).evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
        }))
        expect(attributes, name).toEqual({ lang: locale, dir })
        expect(await frame(name).locator('header, nav, footer').count(), name).toBe(0)
        const credit = frame(name).locator('.embed__credit a')
        expect(await credit.getAttribute('target'), name).toBe('_blank')
        expect(await credit.getAttribute('rel'), name).toBe('noopener')
      }
      expect(await frame('count').locator('.tracker__figure').textContent()).toMatch(/\d/)
      expect(await frame('count').locator('.embed__credit a').getAttribute('href')).toBe(
        `/${locale}/reactions`,
      )
      expect(await frame('map').locator('svg use[data-iso2="FR"]').count()).toBe(1)
      expect(await frame('state').locator('h1').textContent()).toBe(ukraine)
      expect(await frame('state').locator('.embed__credit a').getAttribute('href')).toBe(
        `/${locale}/states/ua`,
      )
      // Chromium puts its error page in the frame of a page that may not be framed.
      expect(frame('page').url()).not.toContain(baseURL)
      expect(await frame('page').locator('.skip-link').count()).toBe(0)

      // A State on the map opens its page in a new tab: the frame could not show it.
      const opened = page.context().waitForEvent('page')
      await frame('map').locator('use[data-iso2="BR"]').click({ force: true })
      await (await opened).waitForURL(`${baseURL}/${locale}/states/br`)
      expect(frame('map').url()).toBe(`${baseURL}/embed/${locale}/map`)
    },
  )

  it('alone may be framed by any site, and are cached like the pages they come from', async () => {
    const headers = async (path: string) => (await fetch(baseURL + path)).headers
    for (const [embed, page] of [
      ['/embed/en/count', '/en/reactions'],
      ['/embed/ar/map', '/ar/reactions'],
      ['/embed/fr/states/ua', '/fr/states/ua'],
    ]) {
      const [ofEmbed, ofPage] = await Promise.all([headers(embed), headers(page)])
      expect(ofEmbed.get('content-security-policy'), embed).toContain('frame-ancestors *')
      expect(ofEmbed.get('x-frame-options'), embed).toBeNull()
      expect(ofPage.get('content-security-policy'), page).toContain("frame-ancestors 'self'")
      expect(ofPage.get('x-frame-options'), page).toBe('SAMEORIGIN')
      expect(ofEmbed.get('cache-control'), embed).toMatch(/s-maxage=\d+/)
      expect(ofEmbed.get('cache-control'), embed).toBe(ofPage.get('cache-control'))
    }
    const html = await (await fetch(`${baseURL}/embed/en/map`)).text()
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect((await fetch(`${baseURL}/embed/en/states/zz`)).status).toBe(404)
    expect((await fetch(`${baseURL}/embed/xx/count`)).status).toBe(404)
  })

  it.each(['en', 'ar'])('in /%s have no serious or critical axe violation', async (locale) => {
    const page = await openPage()
    for (const path of [
      `/embed/${locale}/count`,
      `/embed/${locale}/map`,
      `/embed/${locale}/states/ua`,
    ]) {
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
        )
      expect(serious, path).toEqual([])
    }
  })

  it('are offered as code on the tracker and State pages, which announce their oEmbed', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    for (const [path, embeds] of [
      ['/en/reactions', ['/embed/en/count', '/embed/en/map']],
      ['/ar/states/ua', ['/embed/ar/states/ua']],
    ] as const) {
      await page.goto(path)
      await page.locator('details.embed-snippet summary').click()
      const codes = await page
        .locator('details.embed-snippet textarea')
        .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value))
      expect(codes.map((code) => /src="([^"]+)"/.exec(code)?.[1])).toEqual(
        embeds.map((embed) => baseURL + embed),
      )
      for (const code of codes) expect(code).toMatch(/title="[^"]+".*width="100%".*loading="lazy"/)
      const discovery = await page
        .locator('link[rel="alternate"][type="application/json+oembed"]')
        .getAttribute('href')
      const answer = (await (await fetch(discovery ?? '')).json()) as { html: string }
      expect(answer.html).toContain(`src="${baseURL}${embeds.at(-1)}"`)
    }
  })

  it('answer oEmbed requests for what they embed, and refuse the rest with the spec’s codes', async () => {
    const oembed = (query: Record<string, string>) =>
      fetch(`${baseURL}/oembed?${new URLSearchParams(query)}`)
    const response = await oembed({ url: `${baseURL}/fr/states/ua`, maxwidth: '300' })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+/)
    const answer = (await response.json()) as Record<string, unknown>
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 300,
      provider_name: 'Amicus',
    })
    expect(answer.title).toContain('Ukraine')
    expect(answer.html).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/fr/states/ua" `))

    const count = (await (await oembed({ url: `${baseURL}/embed/en/count` })).json()) as {
      html: string
    }
    expect(count.html).toContain(`src="${baseURL}/embed/en/count"`)

    for (const [query, status] of [
      [{ url: `${baseURL}/en/reactions`, format: 'xml' }, 501],
      [{ url: `${baseURL}/en/states/zz` }, 404],
      [{ url: `${baseURL}/en/statements` }, 404],
      [{ url: 'https://elsewhere.example/en/reactions' }, 404],
      [{}, 400],
      [{ url: 'not an address' }, 400],
      [{ url: `${baseURL}/en/reactions`, maxheight: '-5' }, 400],
    ] as const) {
      const refused = await oembed(query)
      expect(refused.status, JSON.stringify(query)).toBe(status)
      expect(((await refused.json()) as { errors: string[] }).errors.length).toBeGreaterThan(0)
    }
  })
})

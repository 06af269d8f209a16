import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

async function signIn(password = inject('adminPassword')) {
  const context = await browser.newContext({ baseURL: inject('baseURL') })
  const page = await context.newPage()
  const response = await page.goto('/admin/login')
  expect(response?.status()).toBe(200)
  await page.locator('#field-email').fill(inject('adminEmail'))
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  return { context, page }
}

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === 'payload-token')

describe('admin panel', () => {
  it('lets the seeded admin sign in and reach the collections', async () => {
    const { context, page } = await signIn()
    await page.waitForURL((url) => url.pathname === '/admin')
    await page
      .getByRole('link', { name: /Statements/ })
      .first()
      .waitFor()
    expect((await sessionCookie(context))?.httpOnly).toBe(true)
  })

  it('refuses a wrong password without signing in', async () => {
    const { context, page } = await signIn('not-the-password')
    await page
      .getByText(/incorrect|invalid/i)
      .first()
      .waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    expect(await sessionCookie(context)).toBeUndefined()
  })

  it('shows an editor’s published change on the public page within 2 seconds', async () => {
    const { context, page } = await signIn()
    await page.waitForURL((url) => url.pathname === '/admin')
    // Payload accepts its session cookie only from its own origin (CSRF protection).
    const origin = { origin: inject('baseURL') }
    const created = await context.request.post('/api/statements', {
      headers: origin,
      data: {
        title: 'Freshness check',
        slug: 'freshness-check',
        kind: 'statement',
        publishedAt: '2024-08-01',
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    try {
      // Warm the public page so that it is served from the cache before the change.
      const reader = await browser.newContext({ baseURL: inject('baseURL') })
      expect(await (await reader.request.get('/en/statements/freshness-check')).text()).toContain(
        'Freshness check',
      )

      await page.goto(`/admin/collections/statements/${doc.id}`)
      await page.locator('#field-title').fill('Freshness check, updated')
      const saved = page.waitForResponse(
        (response) =>
          response.url().includes(`/api/statements/${doc.id}`) &&
          response.request().method() === 'PATCH',
      )
      await page.getByRole('button', { name: 'Publish changes' }).click()
      expect((await saved).status()).toBe(200)
      const publishedAt = Date.now()

      let visibleAfter = Infinity
      while (Date.now() - publishedAt < 5000) {
        const html = await (await reader.request.get('/en/statements/freshness-check')).text()
        if (html.includes('Freshness check, updated')) {
          visibleAfter = Date.now() - publishedAt
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(visibleAfter).toBeLessThan(2000)
    } finally {
      await context.request.delete(`/api/statements/${doc.id}`, { headers: origin })
    }
  })

  it('previews a draft for signed-in editors only', async () => {
    const { context, page } = await signIn()
    await page.waitForURL((url) => url.pathname === '/admin')
    const origin = { origin: inject('baseURL') }
    const created = await context.request.post('/api/statements?draft=true', {
      headers: origin,
      data: {
        title: 'Draft under preview',
        kind: 'statement',
        publishedAt: '2024-08-02',
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    try {
      await page.goto(`/next/preview?locale=en&id=${doc.id}`)
      expect(new URL(page.url()).pathname).toBe(`/en/preview/statements/${doc.id}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Draft under preview',
      )

      const stranger = await browser.newContext({ baseURL: inject('baseURL') })
      expect(
        (
          await stranger.request.get(`/next/preview?locale=en&id=${doc.id}`, { maxRedirects: 0 })
        ).status(),
      ).toBe(403)
      expect((await stranger.request.get(`/en/preview/statements/${doc.id}`)).status()).toBe(404)
      expect(
        (
          await stranger.request.get('/next/preview?locale=xx&id=abc', { maxRedirects: 0 })
        ).status(),
      ).toBe(400)
    } finally {
      await context.request.delete(`/api/statements/${doc.id}`, { headers: origin })
    }
  })
})

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

type SignInOptions = {
  viewport?: { width: number; height: number }
  beforeSignIn?: (page: Page) => Promise<unknown>
}

async function signIn({
  viewport = { width: 1280, height: 800 },
  beforeSignIn,
}: SignInOptions = {}) {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport })
  const page = await context.newPage()
  await beforeSignIn?.(page)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(inject('adminEmail'))
  await page.locator('#field-password').fill(inject('adminPassword'))
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return { context, page }
}

const origin = () => ({ origin: inject('baseURL') })

async function createdId(response: Awaited<ReturnType<BrowserContext['request']['post']>>) {
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

describe('admin chrome', () => {
  it('carries Amicus’s name and icon on the login page, not Payload’s', async () => {
    const page = await (await browser.newContext({ baseURL: inject('baseURL') })).newPage()
    await page.goto('/admin/login')
    expect(await page.title()).toBe('Login - Amicus')
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/icon.svg')
    expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toBe(
      'Amicus',
    )
    await expect.poll(() => page.getByText('Amicus', { exact: true }).isVisible()).toBe(true)
    expect(await page.locator('img[src="/icon.svg"]').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('shows the locale in the header of the first dashboard after signing in', async () => {
    // "Locale: undefined" lasted until Payload had re-read the saved locale: a slow answer keeps
    // that window open, so the header must be right before the answer comes.
    const { context, page } = await signIn({
      beforeSignIn: (page) =>
        page.route('**/api/payload-preferences/locale*', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 4000))
          await route.continue()
        }),
    })
    const label = page.locator('.app-header .localizer-button:visible').first()
    await label.waitFor()
    expect(await label.innerText()).not.toContain('undefined')
    expect(await label.getAttribute('data-locale')).toBe('en')
    expect(await label.innerText()).toContain('English')
    await context.close()
  })

  it('labels the button beside a relationship “Add new Statement”', async () => {
    const { context, page } = await signIn()
    await page.goto('/admin/collections/reactions/create')
    const button = page.locator('#relatedStatements-add-new [aria-label^="Add new"]')
    await button.waitFor()
    expect(await button.getAttribute('aria-label')).toBe('Add new Statement')
    await context.close()
  })

  it('names every reaction’s actors, also below the fold, with ✓/✗ and day-only dates', async () => {
    const { context, page } = await signIn({ viewport: { width: 1280, height: 400 } })
    const states = (await (
      await context.request.get('/api/states?depth=0&limit=6&sort=iso2&locale=en')
    ).json()) as { docs: { id: number; name: string }[] }
    expect(states.docs).toHaveLength(6)
    const marker = `Chrome list check ${Date.now()}`
    const ids: number[] = []
    try {
      for (const [index, state] of states.docs.entries()) {
        const response = await context.request.post('/api/reactions', {
          headers: origin(),
          data: {
            actors: [{ relationTo: 'states', value: state.id }],
            date: `2020-03-${String(index + 10)}`,
            stance: 'other',
            sourceUrl: `https://example.org/${encodeURIComponent(marker)}/${index}`,
            sourceTitle: `${marker} ${index}`,
            verified: false,
            sample: index % 2 === 0,
          },
        })
        ids.push(await createdId(response))
      }
      await page.goto(
        `/admin/collections/reactions?search=${encodeURIComponent(marker)}&sort=date&limit=10`,
      )
      const rows = page.locator('table tbody tr')
      await expect.poll(() => rows.count()).toBe(6)
      // Only the first rows fit in a 400-pixel window; the others must be named all the same.
      expect(
        await rows.nth(5).evaluate((row) => row.getBoundingClientRect().top > window.innerHeight),
      ).toBe(true)
      expect(await page.locator('td.cell-actors').allInnerTexts()).toEqual(
        states.docs.map((state) => state.name),
      )
      expect(await page.locator('td.cell-sample').allInnerTexts()).toEqual([
        '✓',
        '✗',
        '✓',
        '✗',
        '✓',
        '✗',
      ])
      expect(await page.locator('td.cell-verified').allInnerTexts()).toEqual(Array(6).fill('✗'))
      await expect.poll(() => page.locator('td.cell-date').first().innerText()).toBe('10 Mar 2020')
    } finally {
      for (const id of ids)
        await context.request.delete(`/api/reactions/${id}`, { headers: origin() })
      await context.close()
    }
  })

  it('marks the live preview of an unpublished statement as a draft, in the page’s language', async () => {
    const { context, page } = await signIn()
    const id = await createdId(
      await context.request.post('/api/statements?draft=true', {
        headers: origin(),
        data: {
          title: 'Draft banner check',
          kind: 'statement',
          publishedAt: '2024-08-03',
          _status: 'draft',
        },
      }),
    )
    try {
      await page.goto(`/next/preview?locale=fr&id=${id}`)
      expect(await page.getByRole('status').innerText()).toBe('Brouillon — non publié')

      const published = await context.request.patch(`/api/statements/${id}`, {
        headers: origin(),
        data: { _status: 'published' },
      })
      expect(published.status()).toBe(200)
      await page.goto(`/next/preview?locale=en&id=${id}`)
      await page.getByRole('heading', { level: 1, name: 'Draft banner check' }).waitFor()
      expect(await page.getByText('Draft — not published').count()).toBe(0)
    } finally {
      await context.request.delete(`/api/statements/${id}`, { headers: origin() })
      await context.close()
    }
  })

  it('re-renders the live preview when the admin announces a save, as Payload’s admin does', async () => {
    const { context, page } = await signIn()
    const id = await createdId(
      await context.request.post('/api/statements?draft=true', {
        headers: origin(),
        data: { title: 'Preview before the save', kind: 'statement', _status: 'draft' },
      }),
    )
    try {
      // The admin is the preview's parent: the frame says it is ready, then listens to it.
      const ready = page.evaluate(
        () =>
          new Promise<boolean>((resolve) =>
            window.addEventListener('message', (event) => {
              if (event.data?.type === 'payload-live-preview') resolve(event.data.ready === true)
            }),
          ),
      )
      await page.evaluate((src) => {
        const frame = document.createElement('iframe')
        frame.name = 'live-preview'
        frame.src = src
        document.body.append(frame)
      }, `/next/preview?locale=en&id=${id}`)
      expect(await ready).toBe(true)
      const preview = page.frameLocator('iframe[name="live-preview"]')
      await preview.getByRole('heading', { level: 1, name: 'Preview before the save' }).waitFor()

      const saved = await context.request.patch(`/api/statements/${id}?draft=true`, {
        headers: origin(),
        data: { title: 'Preview after the save' },
      })
      expect(saved.status()).toBe(200)
      await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe[name="live-preview"]')
        frame?.contentWindow?.postMessage({ type: 'payload-document-event' }, location.origin)
      })
      await preview.getByRole('heading', { level: 1, name: 'Preview after the save' }).waitFor()
    } finally {
      await context.request.delete(`/api/statements/${id}`, { headers: origin() })
      await context.close()
    }
  })
})

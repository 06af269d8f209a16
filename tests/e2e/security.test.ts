import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser
let statementPath: string
let statementId: number

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  const response = await fetch(
    `${inject('baseURL')}/api/statements?limit=1&depth=0&locale=en&sort=-publishedAt`,
  )
  const { docs } = (await response.json()) as { docs: { id: number; slug: string }[] }
  statementPath = `/en/statements/${docs[0].slug}`
  statementId = docs[0].id
})

afterAll(async () => {
  await browser.close()
})

describe('security headers', () => {
  it('are sent on public pages, the admin and the API', async () => {
    for (const target of ['/en', statementPath, '/ar/reactions', '/admin/login', '/api/health']) {
      const { headers } = await fetch(inject('baseURL') + target)
      const policy = headers.get('content-security-policy') ?? ''
      expect(policy, target).toContain("default-src 'self'")
      expect(policy, target).toContain("frame-ancestors 'self'")
      expect(policy, target).toContain("object-src 'none'")
      expect(policy, target).not.toContain('unsafe-eval')
      expect(headers.get('x-content-type-options'), target).toBe('nosniff')
      expect(headers.get('referrer-policy'), target).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy'), target).toContain('camera=()')
      expect(headers.get('strict-transport-security'), target).toMatch(/^max-age=\d{8}/)
    }
  })

  it('give the admin a nonce of its own on every request, and public pages the shared policy', async () => {
    const scriptSources = async (target: string) => {
      const response = await fetch(inject('baseURL') + target)
      const policy = response.headers.get('content-security-policy') ?? ''
      return { scripts: /script-src ([^;]*)/.exec(policy)?.[1] ?? '', html: await response.text() }
    }
    const first = await scriptSources('/admin/login')
    const second = await scriptSources('/admin/login')
    const [, nonce] = /'nonce-([^']+)' 'strict-dynamic'/.exec(first.scripts) ?? []
    expect(nonce).toBeDefined()
    expect(first.scripts).not.toContain('unsafe-inline')
    expect(second.scripts).not.toBe(first.scripts)
    // Every script the admin page carries, inline or not, is marked with this request's nonce.
    const scriptTags = first.html.match(/<script\b[^>]*>/g) ?? []
    expect(scriptTags.length).toBeGreaterThan(0)
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`)
    expect((await scriptSources(statementPath)).scripts).toBe("'self' 'unsafe-inline'")
    // One policy, the nonce's: next.config.ts leaves these paths to the proxy (a second header
    // would arrive joined to the first with a comma).
    for (const target of ['/admin/login', `/ar/preview/statements/${statementId}`]) {
      const policy =
        (await fetch(inject('baseURL') + target)).headers.get('content-security-policy') ?? ''
      expect(policy, target).toMatch(/^[^,]*'nonce-[^']+' 'strict-dynamic'[^,]*$/)
    }
  })

  it('let pages and the admin run under the policy, with no request to another site', async () => {
    const context = await browser.newContext({ baseURL: inject('baseURL') })
    const page = await context.newPage()
    const violations: string[] = []
    const elsewhere: string[] = []
    const origin = new URL(inject('baseURL')).origin
    page.on(
      'console',
      (message) =>
        /Content Security Policy/i.test(message.text()) && violations.push(message.text()),
    )
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        elsewhere.push(request.url())
    })
    for (const target of ['/en', statementPath, '/ar/reactions', '/fr/statements']) {
      await page.goto(target, { waitUntil: 'networkidle' })
    }
    // The admin hydrates (its form works) under the same policy.
    await page.goto('/admin/login', { waitUntil: 'networkidle' })
    await page.locator('#field-email').fill(inject('adminEmail'))
    await page.locator('#field-password').fill(inject('adminPassword'))
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.waitForLoadState('networkidle')
    // The draft preview the admin frames runs under its nonce too.
    await page.goto(`/next/preview?locale=ar&id=${statementId}`, { waitUntil: 'networkidle' })
    expect(new URL(page.url()).pathname).toBe(`/ar/preview/statements/${statementId}`)
    expect(violations).toEqual([])
    expect(elsewhere).toEqual([])

    const session = (await context.cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
    await context.close()
  })
})

describe('secrets', () => {
  it('never reach the files sent to browsers', async () => {
    const staticDir = path.resolve(import.meta.dirname, '../../.next/static')
    const files = (await readdir(staticDir, { recursive: true })).filter((file) =>
      /\.(js|css|json|txt)$/.test(file),
    )
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const content = await readFile(path.join(staticDir, file), 'utf8')
      expect(content.includes(inject('payloadSecret')), file).toBe(false)
      expect(content.includes(inject('adminPassword')), file).toBe(false)
      expect(/postgres(ql)?:\/\/\w+(:[^@\s'"]*)?@/.test(content), file).toBe(false)
    }
  })
})

describe('health', () => {
  it('says the server is alive and ready, with its database', async () => {
    const live = await fetch(`${inject('baseURL')}/api/health`)
    expect(live.status).toBe(200)
    expect(await live.json()).toMatchObject({
      status: 'ok',
      database: { state: 'up' },
      redis: 'off',
    })
    const ready = await fetch(`${inject('baseURL')}/api/health/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({
      ready: true,
      database: { state: 'up', pendingMigrations: [] },
    })
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

describe('admin panel', () => {
  it('lets the seeded admin sign in and reach the collections', async () => {
    const context = await browser.newContext({ baseURL: inject('baseURL') })
    const page = await context.newPage()
    const response = await page.goto('/admin/login')
    expect(response?.status()).toBe(200)

    await page.locator('#field-email').fill(inject('adminEmail'))
    await page.locator('#field-password').fill(inject('adminPassword'))
    await page.locator('button[type="submit"]').click()

    await page.waitForURL((url) => url.pathname === '/admin')
    await page.getByRole('link', { name: /Statements/ }).first().waitFor()
    const cookies = await context.cookies()
    const session = cookies.find((cookie) => cookie.name === 'payload-token')
    expect(session?.httpOnly).toBe(true)
  })

  it('refuses a wrong password without signing in', async () => {
    const context = await browser.newContext({ baseURL: inject('baseURL') })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(inject('adminEmail'))
    await page.locator('#field-password').fill('not-the-password')
    await page.locator('button[type="submit"]').click()
    await page.getByText(/incorrect|invalid/i).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    expect((await context.cookies()).some((cookie) => cookie.name === 'payload-token')).toBe(false)
  })
})

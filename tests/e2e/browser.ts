import { type Browser, chromium } from 'playwright-core'
import { inject } from 'vitest'

import { chromiumFlags } from '@/scripts/chromium'

export { findChromium } from '@/scripts/chromium'

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: chromiumFlags,
  })
}

/** A fresh context (no cookies) on the server under test. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext({ baseURL: inject('baseURL'), ...options })
  return context.newPage()
}

export type Page = Awaited<ReturnType<typeof openPage>>

export const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

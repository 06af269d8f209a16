import type { Browser, BrowserContext } from 'playwright-core'
import { expect } from 'vitest'

import type { Page } from './browser'

/**
 * The translator's steps in the admin, driven as a person would: sign in, open a translation,
 * type, submit. Shared by the tests that walk the translation workflow.
 */

export type SignedIn = { context: BrowserContext; page: Page }

/** Signs `email` in at /admin in a new browser context on `baseURL`; resolves on the dashboard. */
export async function signIn(
  browser: Browser,
  baseURL: string,
  email: string,
  password: string,
): Promise<SignedIn> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return { context, page }
}

/**
 * From the translator's dashboard (My translations), opens the translation of the statement
 * titled `statementTitle` with its row's Translate button; resolves with the translation's id.
 */
export async function openTranslation(page: Page, statementTitle: string): Promise<number> {
  await page.goto('/admin')
  // By the section's id and the row's form, so that it reads the same in every admin language.
  const work = page.locator('section[aria-labelledby="my-translations"]')
  await work.waitFor()
  await work
    .getByRole('row')
    .filter({ hasText: statementTitle })
    .locator('form button[type="submit"]')
    .click()
  await page.waitForURL(/\/admin\/collections\/translations\/\d+$/)
  return Number(new URL(page.url()).pathname.split('/').at(-1))
}

/** Saves the translation form; the save answers `expected`. */
export async function save(page: Page, expected = 200): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      /\/api\/translations\/\d+/.test(response.url()) && response.request().method() === 'PATCH',
  )
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(expected)
}

/** Picks `status` in the translation form's sidebar and saves; the save answers `expected`. */
export async function saveWithStatus(page: Page, status: string, expected = 200): Promise<void> {
  // A click that lands before the form has hydrated opens nothing: open the menu until it shows.
  const menu = page.locator('.rs__option').first()
  for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt++) {
    await page.locator('#field-status').click()
    await menu.waitFor({ timeout: 2000 }).catch(() => {})
  }
  const option = page.locator('.rs__option', { hasText: status })
  if (!(await option.isVisible())) {
    const offered = await page.locator('.rs__option').allTextContents()
    throw new Error(`“${status}” is not offered; the options are: ${offered.join(', ') || 'none'}`)
  }
  await option.click()
  await save(page, expected)
}

/** Submits the open translation for review; `expected` 400 when the submission should be refused. */
export function submitTranslation(page: Page, expected = 200): Promise<void> {
  return saveWithStatus(page, 'Submitted for review', expected)
}

/**
 * In the translation's text, selects the whole words of the link reading `linkText` and types
 * `replacement` over them, as a translator translating the link's words does.
 */
export async function typeOverLink(
  page: Page,
  linkText: string,
  replacement: string,
): Promise<void> {
  const link = page.locator('.rich-text-lexical [contenteditable="true"] a', { hasText: linkText })
  // Lexical's paragraph takes the pointer over its inline link: focus the editor, then select the link's words.
  await page.locator('.rich-text-lexical [contenteditable="true"]').focus()
  await link.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  })
  await page.keyboard.type(replacement)
}

/** Creates a document over REST as the signed-in `who` (an admin); resolves with its id. */
export async function createDoc(
  who: SignedIn,
  baseURL: string,
  collection: 'statements' | 'users',
  data: Record<string, unknown>,
): Promise<number> {
  // Payload accepts its session cookie only from its own origin (CSRF protection).
  const response = await who.context.request.post(`/api/${collection}`, {
    headers: { origin: baseURL },
    data,
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

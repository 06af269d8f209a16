import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logIn } from '../helpers/apiClient'
import { serverLogLength, waitForServerLog } from '../helpers/nextServer'
import { htmlAttributes, launchChromium, openPage, type Page } from './browser'
import { signInToAdmin } from './editorJourney'

/**
 * An organization signs a joint statement through the public form, confirms its address from
 * the emailed link (read from the server's log, where emails go without SMTP), an editor
 * verifies it in the admin, and readers see it in every language; bad requests store nothing.
 */

const baseURL = inject('baseURL')
const port = Number(new URL(baseURL).port)
const run = Date.now().toString(36)
const organization = `Réseau Sahel des Droits ${run}`
let browser: Browser
let adminToken: string
const statements: { id: number; slug: string }[] = []

async function api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function jointStatement(title: string, closesInDays: number) {
  const created = await api('POST', '/api/statements?locale=en', {
    title,
    kind: 'statement',
    publishedAt: new Date().toISOString().slice(0, 10),
    _status: 'published',
    signatureClosesAt: new Date(Date.now() + closesInDays * 86_400_000).toISOString(),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const doc = created.body.doc as { id: number; slug: string }
  statements.push(doc)
  return doc
}

/** Signatures and organizations as editors count them: a refused request must change neither. */
const counts = async () => ({
  signatures: (await api('GET', '/api/signatures?limit=0')).body.totalDocs,
  signatories: (await api('GET', '/api/signatories?limit=0')).body.totalDocs,
})

type Entry = { organization: string; country?: string; authorized?: boolean; email?: string }

/** Fills the sign form as a person does; the form refuses what is sent within 3 s of showing it. */
async function fillForm(page: Page, entry: Entry) {
  const shown = Date.now()
  await page.getByLabel('Organization', { exact: true }).fill(entry.organization)
  if (entry.country) await page.getByLabel('Country').selectOption(entry.country)
  await page.getByLabel('Website (optional)').fill('https://sahel-rights.example.org')
  await page.getByLabel('a partner of the coalition').check()
  await page.getByLabel('Contact email').fill(entry.email ?? `contact-${run}@sahel.example.org`)
  await page.getByLabel('Name of the person signing').fill('Mariam Traoré')
  await page.getByLabel('Their role in the organization').fill('Coordinator')
  // Set either way: a form shown again keeps the box as it was sent.
  await page
    .getByLabel('I am authorized to sign on behalf of this organization')
    .setChecked(entry.authorized !== false)
  await page.waitForTimeout(Math.max(0, 3_200 - (Date.now() - shown)))
}

/** Sends the form; the status of the answer. */
async function send(page: Page): Promise<number> {
  const answer = page.waitForResponse(
    (response) => response.url().endsWith('/en/sign') && response.request().method() === 'POST',
  )
  await page.getByRole('button', { name: 'Ask to sign' }).click()
  const status = (await answer).status()
  await page.waitForLoadState()
  return status
}

/** The page's text once it shows `text`, polling for the cache to catch up (at most 10 s). */
async function whenShown(path: string, text: string): Promise<string> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const page = await (await fetch(`${baseURL}${path}`)).text()
    if (page.includes(text)) return page
    if (Date.now() > deadline) throw new Error(`${path} did not show “${text}” within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  adminToken = (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token
})

afterAll(async () => {
  for (const { id } of statements) {
    await api('DELETE', `/api/signatures?where[statement][equals]=${id}`)
    await api('DELETE', `/api/statements/${id}`)
  }
  await api('DELETE', `/api/signatories?where[contactEmail][like]=${run}`)
  await browser.close()
})

describe('signing a joint statement', () => {
  it('from the form to the statement and organization pages in four languages', async () => {
    const statement = await jointStatement(`Joint appeal for the Court ${run}`, 30)
    const page = await openPage(browser)
    await page.goto(`/en/statements/${statement.slug}`)
    await page.getByRole('link', { name: 'Sign this statement' }).click()
    await page.waitForURL(`**/en/statements/${statement.slug}/sign`)

    await fillForm(page, { organization, country: 'SN' })
    const logged = await serverLogLength(port)
    expect(await send(page)).toBe(200)
    await expect(page.getByRole('heading', { name: 'Check your email' }).isVisible()).resolves.toBe(
      true,
    )

    const [link] = await waitForServerLog(
      port,
      /http:\/\/[^\s"\\]+\/en\/sign\/confirm\?token=[\w-]{43}/,
      { offset: logged },
    )
    await page.goto(link)
    await page.getByRole('heading', { name: 'Thank you, your address is confirmed' }).waitFor()
    // Confirmed, not yet verified: readers do not see it.
    expect(await (await fetch(`${baseURL}/en/statements/${statement.slug}`)).text()).not.toContain(
      organization,
    )

    const editor = await signInToAdmin(browser)
    await editor.goto(
      '/admin/collections/signatures?where[and][0][status][equals]=requested&where[and][1][confirmedAt][exists]=true',
    )
    // The confirmed request waits in the editors' filtered list; the editor opens it.
    await editor.getByText(organization).first().waitFor()
    const [request] = (
      await api('GET', `/api/signatures?where[statement][equals]=${statement.id}&depth=0`)
    ).body.docs as { id: number }[]
    await editor.goto(`/admin/collections/signatures/${request.id}`)
    const menu = editor.locator('.rs__option').first()
    for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt++) {
      await editor.locator('#field-status').click()
      await menu.waitFor({ timeout: 2000 }).catch(() => {})
    }
    await editor.locator('.rs__option', { hasText: 'Verified' }).click()
    const saved = editor.waitForResponse(
      (response) =>
        /\/api\/signatures\/\d+/.test(response.url()) && response.request().method() === 'PATCH',
    )
    await editor.locator('#action-save').click()
    expect((await saved).status()).toBe(200)

    const signatory = (
      await api('GET', `/api/signatories?where[contactEmail][like]=${run}&limit=1`)
    ).body.docs as { slug: string }[]
    for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
      const statementPage = await whenShown(`/${locale}/statements/${statement.slug}`, organization)
      expect(statementPage).toContain('class="signatories__count"')
      const organizationPage = await whenShown(
        `/${locale}/signatories/${signatory[0].slug}`,
        organization,
      )
      expect(organizationPage).toContain(statement.slug)
      for (const secret of [`contact-${run}`, 'Mariam Traoré', 'Coordinator'])
        expect(statementPage + organizationPage).not.toContain(secret)
    }
    // The same organization asks again, its name spelled otherwise.
    const before = await counts()
    await page.goto(`/en/statements/${statement.slug}/sign`)
    await fillForm(page, {
      organization: organization.toUpperCase().replace('É', 'E'),
      country: 'SN',
      email: `second-${run}@sahel.example.org`,
    })
    expect(await send(page)).toBe(409)
    await page
      .getByText('This organization has already asked to sign this statement.')
      .first()
      .waitFor()
    expect(await counts()).toEqual(before)
    const reader = await openPage(browser)
    await reader.goto(`/ar/statements/${statement.slug}`)
    expect(await htmlAttributes(reader)).toEqual({ lang: 'ar', dir: 'rtl' })
    // The form's hidden trap must not widen a right-to-left page.
    await reader.goto(`/ar/statements/${statement.slug}/sign`)
    expect(await htmlAttributes(reader)).toEqual({ lang: 'ar', dir: 'rtl' })
    expect(
      await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
  })
})

describe('a refused request stores nothing and says why', () => {
  it('an unknown country, or no authorization: the form again with what was typed', async () => {
    const statement = await jointStatement(`Joint appeal on victims ${run}`, 30)
    const page = await openPage(browser)
    await page.goto(`/en/statements/${statement.slug}/sign`)
    const before = await counts()

    // A country the list does not offer, as a tampered form would send.
    await page.locator('select[name="country"] option[value="SN"]').evaluate((option) => {
      option.setAttribute('value', 'XX')
    })
    await fillForm(page, { organization: `Tampered ${run}`, country: 'XX' })
    expect(await send(page)).toBe(422)
    await page
      .getByText('This country is not in our list. Choose one from the list.')
      .first()
      .waitFor()

    await fillForm(page, { organization: `Unauthorized ${run}`, country: 'FR', authorized: false })
    expect(await send(page)).toBe(422)
    await page
      .getByText(
        'Tick the box to confirm that you are authorized to sign on behalf of this organization.',
      )
      .first()
      .waitFor()
    expect(await page.getByLabel('Organization', { exact: true }).inputValue()).toBe(
      `Unauthorized ${run}`,
    )
    expect(await counts()).toEqual(before)
  })

  it('a statement closed while the form was open', async () => {
    const closing = await jointStatement(`Joint appeal closing ${run}`, 30)
    const page = await openPage(browser)
    await page.goto(`/en/statements/${closing.slug}/sign`)
    await fillForm(page, { organization: `Latecomers ${run}`, country: 'FR' })
    const closed = await api('PATCH', `/api/statements/${closing.id}?locale=en`, {
      signatureClosesAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(closed.status).toBe(200)
    const before = await counts()
    expect(await send(page)).toBe(410)
    await page.getByText(/Signatures for this statement closed on/).waitFor()
    expect(await counts()).toEqual(before)

    expect(await counts()).toEqual(before)
  })
})

import { parse } from 'csv-parse/sync'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, type ApiClient, type Doc, logIn } from '@/tests/helpers/apiClient'

import { readPage, whenShown } from '../helpers/pageWatch'
import { htmlAttributes, launchChromium, openPage as open } from './browser'

/**
 * A joint statement's signatories as readers see them, on the production build with the demo
 * seed (five sample organizations verified on the reference statement, a sixth only requested):
 * in each language's order, filtered by country without JavaScript, an organization's page, the
 * CSV, and a signature an editor verifies reaching every language's cached page within 2 s.
 */

const baseURL = inject('baseURL')
const visibleWithinMs = 2_000
const reference = {
  en: '/en/statements/in-the-face-of-threats-states-must-defend-the-independence-of-the-icc',
  fr: '/fr/statements/face-aux-menaces-les-etats-doivent-defendre-l-independance-de-la-cpi',
  es: '/es/statements/ante-las-amenazas-los-estados-deben-defender-la-independencia-de-la-cpi',
  ar: `/ar/statements/${encodeURIComponent('في-مواجهة-التهديدات-على-الدول-أن-تدافع-عن-استقلال-المحكمة-الجنائية-الدولية')}`,
}
let browser: Browser
// Replies are not inspected here: the access matrix checks who sees which emails.
const unchecked = () => undefined

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const openPage = (options: Parameters<typeof open>[1] = {}) => open(browser, options)
const names = (page: Awaited<ReturnType<typeof openPage>>) =>
  page.locator('.signatories .signatory__name').allTextContents()

describe('signatories of a joint statement', () => {
  it('lists the verified signatories in English, with their count', async () => {
    const page = await openPage()
    expect((await page.goto(reference.en))?.status()).toBe(200)
    expect(await page.locator('.signatories__count').textContent()).toBe(
      'Signed by 5 organizations from 4 countries',
    )
    expect(await names(page)).toEqual([
      'Sample Human Rights Association',
      'Sample Justice Foundation',
      'Sample Legal Aid Collective',
      'Sample Rule of Law Institute',
      'Sample Victims’ Rights Network',
    ])
    // The requested signature is not public.
    expect(await page.getByText('Sample Independent Jurist').count()).toBe(0)
  })

  it('lists them in Arabic order, right to left, English names marked as English', async () => {
    const page = await openPage()
    expect((await page.goto(reference.ar))?.status()).toBe(200)
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    expect(await page.locator('.signatories__count').textContent()).toBe(
      'وقّعت عليه 5 منظمات من 4 بلدان',
    )
    expect(await names(page)).toEqual([
      'جمعية نموذجية لحقوق الإنسان',
      'معهد نموذجي لسيادة القانون',
      'Sample Justice Foundation',
      'Sample Legal Aid Collective',
      'Sample Victims’ Rights Network',
    ])
    const english = page.locator('.signatories a.signatory__name', {
      hasText: 'Sample Justice Foundation',
    })
    expect(await english.getAttribute('lang')).toBe('en')
    expect(await english.getAttribute('dir')).toBe('ltr')
  })

  it('filters by country with plain links, JavaScript off', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    await page.goto(reference.fr)
    await page.locator('.signatories nav').getByRole('link', { name: 'Kenya (2)' }).click()
    await page.waitForURL(/\/signatories\?country=KE$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Signataires de ce pays : Kenya',
    )
    expect(await page.locator('.signatory__name').allTextContents()).toEqual([
      'Association exemple des droits humains',
      'Institut exemple pour l’état de droit',
    ])
    // A country nobody signed from, or no country at all: a message and the countries, never a 500.
    for (const query of ['?country=ZZ', '?country=%3Cscript%3E', '']) {
      const response = await page.goto(`${page.url().split('?')[0]}${query}`)
      expect(response?.status()).toBe(200)
      await page.getByRole('note').getByText('n’a signé cette déclaration').waitFor()
      expect(await page.locator('nav a').filter({ hasText: 'Kenya (2)' }).count()).toBe(1)
    }
  })

  it('opens an organization’s page with the statements it signed', async () => {
    const page = await openPage()
    await page.goto(reference.en)
    await page.getByRole('link', { name: 'Sample Legal Aid Collective' }).click()
    await page.waitForURL('**/en/signatories/sample-legal-aid-collective')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Sample Legal Aid Collective',
    )
    await page
      .getByRole('link', { name: /States must defend the independence of the ICC/ })
      .waitFor()
    expect(await page.getByRole('link', { name: 'Senegal' }).count()).toBe(1)
    expect((await page.goto('/en/signatories/sample-independent-jurist'))?.status()).toBe(404)
  })

  it('exports the public fields as CSV', async () => {
    const response = await fetch(`${baseURL}/en/signatories.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const text = await response.text()
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([
      'statement_id',
      'statement_title',
      'statement_url',
      'organization',
      'organization_language',
      'organization_slug',
      'organization_url',
      'country_code',
      'country',
      'type',
      'website',
      'signed_at',
    ])
    expect(rows.filter((row) => row.organization.startsWith('Sample '))).toHaveLength(5)
    expect(text).not.toContain('Independent Jurist')
    expect((await fetch(`${baseURL}/en/signatories.csv?country=Kenya`)).status).toBe(400)
  })
})

describe('a signature verified after the pages were cached', () => {
  let editor: ApiClient
  let admin: ApiClient
  const made: { slug: string; id: number }[] = []

  beforeAll(async () => {
    admin = apiClient(
      baseURL,
      (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token,
      unchecked,
    )
    const email = `signatories-editor-${Date.now().toString(36)}@example.org`
    const password = `editor-${Date.now().toString(36)}-password`
    const account = await admin.rest('POST', '/api/users', {
      email,
      password,
      name: 'Signatories editor',
      roles: ['editor'],
    })
    made.push({ slug: 'users', id: (account.body.doc as Doc).id })
    editor = apiClient(baseURL, (await logIn(baseURL, email, password)).token, unchecked)
  })

  afterAll(async () => {
    for (const { slug, id } of made.reverse()) await admin.rest('DELETE', `/api/${slug}/${id}`)
  })

  it('shows on the statement page in all four languages within 2 s', async () => {
    const name = `Late Coalition ${Date.now().toString(36)}`
    for (const path of Object.values(reference)) {
      // Read until Next serves it from its cache, so what follows is about a cached page.
      let cache: string | null = null
      for (let attempt = 0; attempt < 20 && cache !== 'HIT'; attempt++) {
        cache = (await readPage(baseURL, path)).cache
        if (cache !== 'HIT') await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(cache, path).toBe('HIT')
    }
    const statements = await editor.rest(
      'GET',
      '/api/statements?depth=0&locale=en&where[slug][equals]=in-the-face-of-threats-states-must-defend-the-independence-of-the-icc',
    )
    const statement = (statements.body.docs as Doc[])[0].id
    const states = await editor.rest('GET', '/api/states?depth=0&where[iso2][equals]=GH')
    const organization = await editor.rest('POST', '/api/signatories?locale=en', {
      name,
      country: (states.body.docs as Doc[])[0].id,
      type: 'partner',
      website: 'https://example.org/late-coalition',
      contactEmail: 'late-coalition@example.org',
    })
    expect(organization.status).toBe(201)
    const signatory = (organization.body.doc as Doc).id
    made.push({ slug: 'signatories', id: signatory })
    const signature = await editor.rest('POST', '/api/signatures', {
      statement,
      signatory,
      signedAt: '2024-06-03',
    })
    expect(signature.status).toBe(201)

    const verifiedAt = Date.now()
    const verified = await editor.rest(
      'PATCH',
      `/api/signatures/${(signature.body.doc as Doc).id}`,
      { status: 'verified' },
    )
    expect(verified.status).toBe(200)
    const elapsed = await Promise.all(
      Object.values(reference).map((path) =>
        whenShown(baseURL, path, (text) => text.includes(name), verifiedAt),
      ),
    )
    console.log(`Verified signature visible after ${elapsed.join(', ')} ms (en, fr, es, ar)`)
    for (const ms of elapsed) {
      expect(ms).not.toBeNull()
      expect(ms).toBeLessThan(visibleWithinMs)
    }
    const page = (await readPage(baseURL, reference.fr)).text
    expect(page).toContain('Signée par 6 organisations de 5 pays')
    expect(page).not.toContain('late-coalition@example.org')
  })
})

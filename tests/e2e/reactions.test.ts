import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, type ApiClient, type Doc, logIn } from '@/tests/helpers/apiClient'

import { htmlAttributes, launchChromium, openPage as open } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const openPage = (options: Parameters<typeof open>[1] = {}) => open(browser, options)

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
}

describe('reactions tracker', () => {
  it('filters and sorts the table with JavaScript turned off', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    const response = await page.goto('/fr/reactions')
    expect(response?.status()).toBe(200)
    await page.locator('select[name="stance"]').selectOption('condemns')
    await page.locator('select[name="party"]').selectOption('yes')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await page.waitForURL(/stance=condemns/)
    const states = () => page.locator('.tracker__table tbody th').allTextContents()
    expect(await states()).toEqual(['Allemagne', 'Costa Rica', 'Espagne', 'France', 'Sénégal'])

    // Sorting keeps the filters.
    await page.getByRole('link', { name: 'Trier par État', exact: true }).click()
    await page.waitForURL(/dir=desc/)
    expect(new URL(page.url()).searchParams.get('stance')).toBe('condemns')
    expect(await states()).toEqual(['Sénégal', 'France', 'Espagne', 'Costa Rica', 'Allemagne'])
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('État')

    // The map is in the page without JavaScript, one shape per State, coloured by stance.
    expect(await page.locator('svg use[data-iso2="FR"]').count()).toBe(1)
    expect(await page.locator('svg use[data-iso2="FR"]').getAttribute('data-category')).toBe(
      'condemns',
    )
    // Its outline is drawn from the shared file of outlines, which the browser loads and keeps.
    await expect
      .poll(async () => (await page.locator('svg use[data-iso2="FR"]').boundingBox())?.width ?? 0)
      .toBeGreaterThan(5)
  })

  it('opens a State’s record with its party status, reactions and sources', async () => {
    const page = await openPage()
    await page.goto('/en/reactions')
    await page
      .locator('.tracker__table')
      .getByRole('link', { name: 'Ukraine', exact: true })
      .click()
    await page.waitForURL('**/en/states/ua')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ukraine')
    await page.getByText('State Party since January 1, 2025').waitFor()
    const reaction = page.locator('.reaction').first()
    expect(await reaction.locator('time').getAttribute('datetime')).toBe('2025-02-10')
    expect(await reaction.getByText('Sample', { exact: true }).count()).toBe(1)
    expect(await reaction.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//)
    expect((await page.goto('/en/states/UA'))?.url()).toMatch(/\/en\/states\/ua$/)
    expect((await page.goto('/en/states/zz'))?.status()).toBe(404)
  })

  it('lists the reactions linked to the reference statement on its page', async () => {
    const page = await openPage()
    await page.goto(
      '/en/statements/in-the-face-of-threats-states-must-defend-the-independence-of-the-icc',
    )
    const section = page.locator('section[aria-labelledby="reactions-heading"]')
    await section
      .getByText('Presidency of the Assembly of States Parties', { exact: true })
      .waitFor()
    expect(await section.getByText('European Union', { exact: true }).count()).toBe(1)
  })

  it('serves the same reactions as CSV and JSON, with the page’s filters', async () => {
    const page = await openPage()
    const csv = await page.request.get('/en/reactions.csv?stance=condemns')
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\n')
    expect(lines[0]).toContain('id,date,stance,actor_codes')
    const json = (await (await page.request.get('/en/reactions.json?stance=condemns')).json()) as {
      count: number
      reactions: { stance: string }[]
    }
    expect(json.count).toBe(lines.length - 1)
    expect(json.reactions.every((reaction) => reaction.stance === 'condemns')).toBe(true)
  })

  it.each(['en', 'ar'])(
    '/%s/reactions has no serious or critical axe violation',
    async (locale) => {
      const page = await openPage()
      await page.goto(`/${locale}/reactions`)
      expect(await seriousViolations(page)).toEqual([])
    },
  )
})

describe('a State’s position over time, and corrections', () => {
  let admin: ApiClient
  const created: number[] = []
  const reason = 'The quote was cut short; it now reads as published.'

  async function rest(method: 'POST' | 'PATCH' | 'GET', path: string, body?: object) {
    const reply = await admin.rest(method, path, body as Record<string, unknown>)
    expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 500)}`).toBeLessThan(300)
    return (reply.body.doc ?? reply.body) as Record<string, unknown> & { id: number }
  }

  // Ireland, which the demo data leaves without reactions: support, then concern, then a
  // correction of the second reaction's quote.
  beforeAll(async () => {
    const { token } = await logIn(inject('baseURL'), inject('adminEmail'), inject('adminPassword'))
    admin = apiClient(inject('baseURL'), token, () => {})
    const states = await rest('GET', '/api/states?where[iso2][equals]=IE&depth=0&limit=1')
    const ireland = (states.docs as { id: number }[])[0].id
    for (const [date, stance] of [
      ['2024-06-03', 'supports'],
      ['2025-02-12', 'concern'],
    ])
      created.push(
        (
          await rest('POST', '/api/reactions?locale=en', {
            actors: [{ relationTo: 'states', value: ireland }],
            date,
            stance,
            quote: 'We are concerned',
            sourceUrl: `https://example.org/ireland-${date}`,
            sourceTitle: `Ireland, ${date}`,
            verified: true,
          })
        ).id,
      )
    const refused = await admin.rest('PATCH', `/api/reactions/${created[1]}`, {
      quote: 'We are deeply concerned',
    })
    expect(refused.status).toBe(400)
    await rest('PATCH', `/api/reactions/${created[1]}?locale=en`, {
      quote: 'We are deeply concerned',
      correctionReason: reason,
    })
  })

  afterAll(async () => {
    for (const id of created) await admin?.rest('DELETE', `/api/reactions/${id}`)
  })

  it('shows the history and the correction on the State’s page, without JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    const steps = page.locator('section[aria-labelledby="state-history"] ol > li')
    // The page was cached before these reactions: the first answer after the write may be the
    // stale one while it renders again, as for every reader.
    for (let tries = 0; tries < 20; tries++) {
      expect((await page.goto('/en/states/ie'))?.status()).toBe(200)
      if ((await page.locator('.reaction__corrections li').count()) > 0) break
      await page.waitForTimeout(500)
    }
    expect(await steps.allTextContents()).toEqual([
      'Reaffirms support, June 3, 2024',
      'Expresses concern, February 12, 2025',
    ])
    const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })
    expect(await page.locator('.reaction__corrections li').allTextContents()).toEqual([
      `Corrected on ${today}: ${reason}`,
    ])

    // In Arabic the English reason says which language it is in.
    await page.goto('/ar/states/ie')
    expect(await page.locator('.reaction__corrections [lang="en"]').textContent()).toBe(reason)
  })

  it('lists the change on the changes page, linked from the tracker, without JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false })
    await page.goto('/en/reactions')
    await page.getByRole('link', { name: 'Changes of position', exact: true }).click()
    await page.waitForURL('**/en/reactions/changes')
    const change = page.locator('.stance-change', {
      has: page.getByRole('link', { name: 'Ireland', exact: true }),
    })
    // As on the State's page: a cached answer may precede the one with the new reactions.
    for (let tries = 0; tries < 20 && (await change.count()) === 0; tries++) {
      await page.waitForTimeout(500)
      await page.reload()
    }
    expect(await change.locator('dd').allTextContents()).toEqual([
      'Reaffirms support, June 3, 2024. Source: Ireland, 2024-06-03',
      'Expresses concern, February 12, 2025. Source: Ireland, 2025-02-12',
    ])
    expect(
      await change.getByRole('link', { name: 'Ireland', exact: true }).getAttribute('href'),
    ).toBe('/en/states/ie')
  })

  it.each(['en', 'ar'])(
    'the State page and the changes page in %s have no serious or critical axe violation',
    async (locale) => {
      const page = await openPage()
      for (const path of [`/${locale}/states/ie`, `/${locale}/reactions/changes`]) {
        await page.goto(path)
        expect(await seriousViolations(page), path).toEqual([])
      }
    },
  )
})

describe('an archived copy of a source', () => {
  const archived = 'https://web.archive.org/web/2026/https://example.org/archived-statement'
  const title = `Archived source ${Date.now().toString(36)}`
  let admin: ReturnType<typeof apiClient>
  let id = 0

  beforeAll(async () => {
    const baseURL = inject('baseURL')
    const { token } = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
    admin = apiClient(baseURL, token, () => undefined)
    const ukraine = await admin.rest('GET', '/api/states?where[iso2][equals]=UA&depth=0')
    const created = await admin.rest('POST', '/api/reactions', {
      actors: [{ relationTo: 'states', value: ((ukraine.body.docs as Doc[])[0] as Doc).id }],
      date: '2024-06-02',
      stance: 'supports',
      sourceUrl: 'https://example.org/archived-statement',
      sourceTitle: title,
      archivedUrl: archived,
      verified: true,
    })
    expect(created.status).toBe(201)
    id = (created.body.doc as Doc).id
  })

  afterAll(async () => {
    if (id) await admin.rest('DELETE', `/api/reactions/${id}`)
  })

  it.each([
    ['en', 'archived copy', 'ltr'],
    ['ar', 'نسخة مؤرشفة', 'rtl'],
  ])('shows beside the source in /%s, without JavaScript', async (locale, label, dir) => {
    const page = await openPage({ javaScriptEnabled: false })
    const reaction = page.locator('.reaction', { hasText: title })
    // The State's page shows the new reaction once its cache tag is marked stale (within a second or so).
    for (let tries = 0; tries < 20 && (await reaction.count()) === 0; tries++)
      await page.goto(`/${locale}/states/ua`).then(() => page.waitForTimeout(250))
    const link = reaction.getByRole('link', { name: label, exact: true })
    expect(await link.getAttribute('href')).toBe(archived)
    expect((await htmlAttributes(page)).dir).toBe(dir)
  })
})

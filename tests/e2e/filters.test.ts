import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { filterChoices } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'

import { htmlAttributes, launchChromium, openPage } from './browser'

/**
 * The tracker's filters on the production build: a filter it cannot apply is a 400 that names
 * it and what it accepts (a page in the reader's language, JSON, or a line of text), never the
 * whole set served as if filtered; filters it can apply still narrow what it serves. The
 * internal address the proxy rewrites filtered views to takes no bad filters either.
 */

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const get = (path: string) => fetch(new URL(path, inject('baseURL')))
const titles = {
  en: en.Reactions.invalidFilters.title,
  fr: fr.Reactions.invalidFilters.title,
  es: es.Reactions.invalidFilters.title,
  ar: ar.Reactions.invalidFilters.title,
}
const tomorrow = dayOf(new Date(Date.now() + 24 * 60 * 60 * 1000))

// Each bad filter, the text its answer must quote, and the accepted values it must list.
const badFilters = [
  { query: 'from=notadate', parameter: 'from', value: 'notadate', accepted: [] },
  { query: 'to=2024-13-45', parameter: 'to', value: '2024-13-45', accepted: [] },
  { query: `to=${tomorrow}`, parameter: 'to', value: tomorrow, accepted: [] },
  { query: 'stance=bogus', parameter: 'stance', value: 'bogus', accepted: filterChoices.stance },
  { query: 'group=XYZ', parameter: 'group', value: 'XYZ', accepted: filterChoices.group },
  { query: 'party=maybe', parameter: 'party', value: 'maybe', accepted: filterChoices.party },
] as const
// The tracker's page for each, in the four languages in turn.
const locales = ['en', 'fr', 'es', 'ar'] as const
const pages = badFilters.map((filter, index) => {
  const locale = locales[index % locales.length]
  return [`/${locale}/reactions?${filter.query}`, locale, filter] as const
})

type OpenData = {
  period: { from: string; to: string }
  count: number
  reactions: { date: string; stance: string; actor_codes: string[] }[]
}
type OpenDataError = {
  errors: { parameter: string; value: string; accepted?: string[]; message: string }[]
}

describe('a filter the tracker cannot apply', () => {
  it.each(pages)(
    '%s is a 400 page in the reader’s language naming it',
    async (path, locale, { parameter, value, accepted }) => {
      const page = await openPage(browser, { javaScriptEnabled: false })
      const response = await page.goto(path)
      expect(response?.status()).toBe(400)
      expect(response?.headers()['content-type']).toContain('text/html')
      expect(await htmlAttributes(page)).toEqual({
        lang: locale,
        dir: locale === 'ar' ? 'rtl' : 'ltr',
      })
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(titles[locale])
      expect(await page.title()).toBe(titles[locale])
      const problems = await page.locator('li').allTextContents()
      expect(problems).toHaveLength(1)
      expect(problems[0]).toContain(parameter)
      expect(problems[0]).toContain(value)
      for (const choice of accepted) expect(problems[0]).toContain(choice)
      // No table of unfiltered States under the error, and a way back to the tracker.
      expect(await page.locator('table').count()).toBe(0)
      expect(await page.getByRole('link').getAttribute('href')).toBe(`/${locale}/reactions`)
      await page.context().close()
    },
  )

  it.each(badFilters.map((filter) => [`/en/reactions.json?${filter.query}`, filter] as const))(
    '%s is a 400 in JSON naming it',
    async (path, { parameter, value, accepted }) => {
      const response = await get(path)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/json')
      const { errors } = (await response.json()) as OpenDataError
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatchObject({ parameter, value })
      if (accepted.length) expect(errors[0].accepted).toEqual(accepted)
      expect(errors[0].message).toContain(`“${parameter}”`)
    },
  )

  it.each(badFilters.map((filter) => [`/fr/reactions.csv?${filter.query}`, filter] as const))(
    '%s is a 400 line of text naming it',
    async (path, { parameter, value, accepted }) => {
      const response = await get(path)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      const lines = (await response.text()).split('\n').filter(Boolean)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`« ${parameter} »`)
      expect(lines[0]).toContain(value)
      for (const choice of accepted) expect(lines[0]).toContain(choice)
    },
  )

  it('is a page with no serious or critical axe violation, right to left in Arabic', async () => {
    const page = await openPage(browser)
    expect((await page.goto('/ar/reactions?stance=bogus&from=notadate'))?.status()).toBe(400)
    expect(await page.locator('li').count()).toBe(2)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(
      violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id),
    ).toEqual([])
    await page.context().close()
  })

  it('is not served through the filtered page’s internal address either', async () => {
    expect((await get('/en/reactions/filtered/stance=bogus')).status).toBe(404)
    // Each view has one address: another spelling of it is not a page either.
    expect((await get('/en/reactions/filtered/sort=latest&stance=condemns')).status).toBe(404)
    expect((await get('/en/reactions/filtered/stance=condemns&sort=latest')).status).toBe(200)
    // Views over chosen dates are rendered per request, at the other internal address.
    expect((await get('/en/reactions/filtered/from=2024-01-01')).status).toBe(404)
    expect((await get('/en/reactions/filtered?stance=bogus')).status).toBe(404)
    expect((await get('/en/reactions/filtered?from=2024-01-01')).status).toBe(200)
  })

  it('names every bad filter of a query at once, and a repeated one', async () => {
    const response = await get(
      '/es/reactions.json?stance=bogus&party=maybe&group=african&group=weog',
    )
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as OpenDataError
    expect(errors.map((error) => error.parameter).sort()).toEqual(['group', 'party', 'stance'])
    expect(errors.find((error) => error.parameter === 'group')?.value).toBe('african, weog')
  })
})

describe('filters the tracker can apply', () => {
  it('narrow the page’s table, with parameters it does not know ignored', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false })
    const response = await page.goto(
      '/en/reactions?stance=condemns&party=yes&utm_source=newsletter',
    )
    expect(response?.status()).toBe(200)
    const states = await page
      .locator('.tracker__table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-iso2')))
    expect(states.sort()).toEqual(['CR', 'DE', 'ES', 'FR', 'SN'])
    await page.context().close()
  })

  it('treat an empty value, the form’s “any”, as no filter: the unfiltered address', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false })
    const response = await page.goto('/fr/reactions?from=&to=&stance=&group=&party=')
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).search).toBe('')
    expect(await page.locator('.tracker__table tbody tr').count()).toBe(196)
    await page.context().close()
    const any = await fetch(
      new URL('/en/reactions.json?from=&to=&stance=&group=&party=', inject('baseURL')),
      { redirect: 'manual' },
    )
    expect(any.status).toBe(308)
    const location = new URL(any.headers.get('location') ?? '', inject('baseURL'))
    expect(location.pathname).toBe('/en/reactions.json')
    expect(location.search).toBe('')
  })

  it('narrow the open data to the period and States asked for', async () => {
    const all = (await (await get('/en/reactions.json')).json()) as OpenData
    const response = await get(
      '/en/reactions.json?from=2024-05-01&to=2025-02-28&stance=condemns&sort=latest&dir=desc',
    )
    expect(response.status).toBe(200)
    const filtered = (await response.json()) as OpenData
    expect(filtered.period).toEqual({ from: '2024-05-01', to: '2025-02-28' })
    expect(filtered.count).toBeGreaterThan(0)
    expect(filtered.count).toBeLessThan(all.count)
    expect(
      filtered.reactions.every(
        (reaction) => reaction.date >= '2024-05-01' && reaction.date <= '2025-02-28',
      ),
    ).toBe(true)
    // The States whose latest word in the period condemns (the sample data's joint statements).
    const condemning = ['CR', 'DE', 'ES', 'FR', 'SN']
    expect(
      filtered.reactions.every((reaction) =>
        reaction.actor_codes.some((code) => condemning.includes(code)),
      ),
    ).toBe(true)

    const csv = await get('/en/reactions.csv?from=2024-05-01&to=2025-02-28&stance=condemns')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect((await csv.text()).trim().split('\n')).toHaveLength(filtered.count + 1)
  })
})

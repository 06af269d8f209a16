import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type ApiClient, apiClient, logIn } from '../helpers/apiClient'
import { checkDataPackage } from '../helpers/frictionless'
import { launchChromium, openPage } from './browser'

type CurrentRelease = { latest: string | null; matchesCurrent: boolean; url: string | null }

const baseURL = inject('baseURL')
let browser: Browser
let admin: ApiClient

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  const { token } = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
  admin = apiClient(baseURL, token, () => {})
})

afterAll(async () => {
  await browser.close()
})

const currentRelease = async (locale = 'en') =>
  (
    (await (await fetch(`${baseURL}/${locale}/reactions.json`)).json()) as {
      release: CurrentRelease
    }
  ).release

/** Polls until `check` holds (a change shows within a second or two), else the last value. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let tries = 0; tries < 40 && !check(value); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

/** Today's release, made by the job runner's first round or, if it has not run yet, by the admin. */
async function latestRelease(): Promise<string> {
  const known = await currentRelease()
  if (known.latest) return known.latest
  const made = await admin.rest('POST', '/api/data-releases/make')
  expect([201, 409]).toContain(made.status)
  const release = await eventually(currentRelease, (value) => value.latest !== null)
  return release.latest ?? ''
}

const bytesOf = async (url: string) => {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

describe('the data package', () => {
  it.each(['en', 'ar'])(
    '/%s/datapackage.json and its latest release pass the Frictionless validator, data included',
    async (locale) => {
      const current = await checkDataPackage(`${baseURL}/${locale}/datapackage.json`)
      expect(current.packageErrors).toEqual([])
      expect(current.resources).toEqual({
        reactions: { rows: expect.any(Number), errors: [] },
        signatories: { rows: expect.any(Number), errors: [] },
      })
      expect(current.resources.reactions.rows).toBeGreaterThan(0)
      // The demo content's joint statement is signed in English only.
      if (locale === 'en') expect(current.resources.signatories.rows).toBeGreaterThan(0)

      const date = await latestRelease()
      const url = `${baseURL}/data/releases/${date}/${locale}/datapackage.json`
      const release = await checkDataPackage(url)
      expect(release.packageErrors).toEqual([])
      expect(release.descriptor.release).toMatchObject({ date, url })
      expect(Object.values(release.resources).map((resource) => resource.errors)).toEqual([[], []])
    },
  )
})

describe('a data release', () => {
  it('keeps its bytes when a reaction changes, while the current files say they no longer match it', async () => {
    // Today's release: made by the job runner's first round, or here. The int suite shows the
    // current files matching a release made from the same data; here the release is only read.
    const date = await latestRelease()
    const again = await admin.rest('POST', '/api/data-releases/make')
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain(date)

    const release = `${baseURL}/data/releases/${date}/en/reactions.csv`
    const before = await bytesOf(release)
    const immutable = await fetch(release)
    expect(immutable.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const list = await admin.rest(
      'GET',
      '/api/reactions?limit=1&depth=0&where[verified][equals]=true&locale=en',
    )
    const reaction = (list.body.docs as { id: number; summary: string }[])[0]
    const changed = `${reaction.summary} (corrected after the release)`
    expect(
      (await admin.rest('PATCH', `/api/reactions/${reaction.id}?locale=en`, { summary: changed }))
        .status,
    ).toBe(200)
    try {
      expect(await eventually(currentRelease, (value) => !value.matchesCurrent)).toMatchObject({
        latest: date,
        matchesCurrent: false,
      })
      // The files are cached: the change shows once they are made again.
      let csv = await fetch(`${baseURL}/en/reactions.csv`)
      for (let tries = 0; tries < 40; tries++) {
        if ((await csv.clone().text()).includes('corrected after the release')) break
        await new Promise((resolve) => setTimeout(resolve, 250))
        csv = await fetch(`${baseURL}/en/reactions.csv`)
      }
      expect(await csv.text()).toContain('corrected after the release')
      expect(csv.headers.get('data-release-matches')).toBe('no')
      expect(csv.headers.get('link')).toBe(`<${release}>; rel="latest-version"`)

      const after = await bytesOf(release)
      expect(after.equals(before)).toBe(true)
      expect(after.toString('utf8')).not.toContain('corrected after the release')
    } finally {
      await admin.rest('PATCH', `/api/reactions/${reaction.id}?locale=en`, {
        summary: reaction.summary,
      })
      // Later tests compare the files with each other: they must all be back to the original.
      for (const file of ['reactions.csv', 'reactions.json'])
        for (let tries = 0; tries < 40; tries++) {
          const text = await (await fetch(`${baseURL}/en/${file}`)).text()
          if (!text.includes('corrected after the release')) break
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
    }
    expect((await fetch(`${baseURL}/data/releases/2001-01-01/en/reactions.csv`)).status).toBe(404)
  })

  it.each(['en', 'ar'])(
    'is listed on /%s/data, which works without JavaScript and passes axe',
    async (locale) => {
      const date = await latestRelease()
      const page = await openPage(browser, { javaScriptEnabled: false })
      const response = await page.goto(`/${locale}/data`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
      const link = page.locator(`a[href="/data/releases/${date}/${locale}/datapackage.json"]`)
      expect(await link.count()).toBe(1)
      expect(await page.locator(`a[href="/${locale}/datapackage.json"]`).count()).toBe(1)
      // Axe runs as a script: on the same page with JavaScript.
      const scripted = await openPage(browser)
      await scripted.goto(`/${locale}/data`)
      const { violations } = await new AxeBuilder({ page: scripted }).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        )
      expect(serious).toEqual([])
    },
  )
})

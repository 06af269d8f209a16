import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type Doc, logIn } from '../helpers/apiClient'
import { launchChromium, type Page } from './browser'
import {
  type Account,
  closeTab,
  createStatement,
  listedStatementTitles,
  openNewStatement,
  openScheduleDrawer,
  scheduleDrawerChoice,
  schedulePublish,
  signInToAdmin,
} from './editorJourney'

/** What an editor meets around drafts: no empty drafts, a schedule drawer set for them, no edit lost on leaving. */

const baseURL = inject('baseURL')
let browser: Browser
let adminToken: string
const createdUsers: number[] = []

async function api(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: {
      authorization: `JWT ${adminToken}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  }
}

async function newEditor(name: string, timeZone?: string): Promise<Account & { id: number }> {
  const account = {
    email: `${name}@example.org`,
    password: 'an-editor-password-1',
  }
  const created = await api('POST', '/api/users', {
    ...account,
    roles: ['editor'],
    ...(timeZone ? { timeZone } : {}),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id } = created.body.doc as Doc
  createdUsers.push(id)
  return { ...account, id }
}

const statementCount = async () =>
  (await api('GET', '/api/statements?draft=true&limit=0&locale=en')).body.totalDocs

/** The same day next month, as YYYY-MM-15: always ahead, whatever today is. */
function midNextMonth(): string {
  const day = new Date()
  day.setUTCMonth(day.getUTCMonth() + 1, 15)
  return day.toISOString().slice(0, 10)
}

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  adminToken = (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token
})

afterAll(async () => {
  await api('DELETE', `/api/statements?where[title][like]=Scheduling%20journey`)
  for (const id of createdUsers) await api('DELETE', `/api/users/${id}`)
  await browser.close()
})

describe('drafts and scheduling in the admin', () => {
  it('leaves no row behind when "Create new" is opened and left without typing', async () => {
    const page = await signInToAdmin(browser, await newEditor('drafts-abandoner'))
    const before = await statementCount()
    let warned = false
    page.on('dialog', (dialog) => {
      warned = true
      void dialog.accept()
    })
    await openNewStatement(page)
    // Longer than the autosave interval: nothing is saved, however long the form stays open.
    await page.waitForTimeout(2_500)
    const titles = await listedStatementTitles(page)
    expect(warned).toBe(false)
    expect(titles).not.toContain('<No Title>')
    expect(await statementCount()).toBe(before)
  })

  it('opens the schedule drawer of a new draft on "Publish", in the editor’s saved time zone', async () => {
    // The saved zone wins over the browser's.
    const page = await signInToAdmin(browser, await newEditor('drafts-bogota', 'America/Bogota'), {
      timezoneId: 'Asia/Tokyo',
    })
    await createStatement(page, 'Scheduling journey: saved zone')
    const drawer = await openScheduleDrawer(page)
    expect(await scheduleDrawerChoice(drawer)).toEqual({
      type: 'publish',
      timeZone: 'America/Bogota',
    })
  })

  it('fills an empty time zone from the browser, and schedules in it', async () => {
    const editor = await newEditor('drafts-tokyo')
    const page = await signInToAdmin(browser, editor, {
      timezoneId: 'Asia/Tokyo',
    })
    await expect
      .poll(async () => (await api('GET', `/api/users/${editor.id}`)).body.timeZone, {
        timeout: 30_000,
      })
      .toBe('Asia/Tokyo')

    await createStatement(page, 'Scheduling journey: browser zone')
    const date = midNextMonth()
    const upcoming = await schedulePublish(page, { date, time: '9:00 AM' })
    const row = await upcoming.first().innerText()
    expect(row).toContain('Publish')
    expect(row).toContain('Asia/Tokyo')
    expect(row).toContain('9:00 AM')
  })

  it('warns before closing a statement with an edit not saved yet, and not once it is saved', async () => {
    const page: Page = await signInToAdmin(browser, await newEditor('drafts-leaver'))
    const id = await createStatement(page, 'Scheduling journey: leaving')
    const autosaved = page.waitForResponse(
      (response) =>
        response.url().includes(`/api/statements/${id}`) && response.request().method() === 'PATCH',
    )
    await page.locator('#field-title').fill('Scheduling journey: leaving, edited')
    // At once, within the autosave interval.
    expect(await closeTab(page)).toBe(true)

    expect((await autosaved).status()).toBe(200)
    await page.waitForTimeout(500)
    expect(await closeTab(page)).toBe(false)
    const saved = await api('GET', `/api/statements/${id}?draft=true&locale=en`)
    expect(saved.body.title).toBe('Scheduling journey: leaving, edited')
  })
})

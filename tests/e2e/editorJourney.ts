import type { Browser, Locator } from 'playwright-core'
import { inject } from 'vitest'

import { openPage, type Page } from './browser'

/**
 * What an editor does in the admin, step by step, for tests that walk through it. Each step waits
 * for what the editor would see before the next one.
 */

export type Account = { email: string; password: string }

/** A wall-clock time in the schedule drawer's time zone: `date` as YYYY-MM-DD, `time` as the picker lists it ("9:00 AM"). */
export type WallClock = { date: string; time: string }

export type ScheduleChoice = {
  type: 'publish' | 'unpublish' | null
  timeZone: string | null
}

/** Signs in on a fresh page (`options` set the browser: its zone, its language); the seeded admin unless `account` is given. */
export async function signInToAdmin(
  browser: Browser,
  account?: Account,
  options: Parameters<typeof openPage>[1] = {},
): Promise<Page> {
  const page = await openPage(browser, options)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account?.email ?? inject('adminEmail'))
  await page.locator('#field-password').fill(account?.password ?? inject('adminPassword'))
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** Opens the statements list and clicks "Create new": the form of a statement not saved yet. */
export async function openNewStatement(page: Page): Promise<void> {
  await page.goto('/admin/collections/statements')
  const isCreate = (url: URL) => url.pathname === '/admin/collections/statements/create'
  // A click before the list has hydrated is lost, as it would be for a person: they click again.
  for (let attempt = 0; attempt < 5 && !isCreate(new URL(page.url())); attempt++) {
    // By its address, so that it reads the same in every admin language.
    await page.locator('a[href="/admin/collections/statements/create"]').first().click()
    await page.waitForURL(isCreate, { timeout: 10_000 }).catch(() => undefined)
  }
  await page.locator('#field-title').waitFor()
}

/** Creates a draft through the form ("Create new", the title, "Save Draft"); returns its id. */
export async function createStatement(page: Page, title: string): Promise<number> {
  await openNewStatement(page)
  await page.locator('#field-title').fill(title)
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await page.waitForURL((url) => /^\/admin\/collections\/statements\/\d+$/.test(url.pathname))
  return Number(new URL(page.url()).pathname.split('/').pop())
}

/** The titles in the statements list, as shown (an untitled row shows "<No Title>"). */
export async function listedStatementTitles(page: Page): Promise<string[]> {
  await page.goto('/admin/collections/statements?limit=100')
  await page.locator('.collection-list').waitFor()
  return page.locator('tbody tr td.cell-title').allInnerTexts()
}

/** Opens the "Schedule Publish" drawer of the statement open in the form; returns the drawer. */
export async function openScheduleDrawer(page: Page): Promise<Locator> {
  await page.locator('#action-save-popup button').first().click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await drawer.locator('.schedule-publish__scheduler').waitFor()
  return drawer
}

/** What the drawer has selected: publish or unpublish, and the time zone (its IANA name). */
export async function scheduleDrawerChoice(drawer: Locator): Promise<ScheduleChoice> {
  const checked = drawer.locator('.schedule-publish__type input[type="radio"]:checked')
  const id = (await checked.count()) ? await checked.getAttribute('id') : null
  const type = id?.endsWith('-unpublish')
    ? 'unpublish'
    : id?.endsWith('-publish')
      ? 'publish'
      : null
  const zone = drawer.locator('.timezone-picker .rs__single-value')
  return {
    type,
    timeZone: (await zone.count()) ? (await zone.innerText()).replaceAll(' ', '_') : null,
  }
}

/**
 * Schedules the publishing of the statement open in the form at `when`, in the drawer's time
 * zone (the editor's own, preselected). Returns the rows of the drawer's upcoming events.
 */
export async function schedulePublish(page: Page, when: WallClock): Promise<Locator> {
  const drawer = await openScheduleDrawer(page)
  await drawer.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
  await drawer.locator('#time input').click()
  const target = new Date(`${when.date}T00:00:00Z`)
  const heading = page.locator('.react-datepicker__current-month')
  const wanted = target.toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  for (let step = 0; step < 24 && (await heading.innerText()) !== wanted; step++) {
    await page.locator('.react-datepicker__navigation--next').click()
  }
  await page
    .locator(
      `.react-datepicker__day--0${when.date.slice(8)}:not(.react-datepicker__day--outside-month)`,
    )
    .click()
  await page
    .locator('.react-datepicker__time-list-item', {
      hasText: new RegExp(`^${when.time}$`),
    })
    .click()
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByText('Scheduled successfully.').waitFor()
  return drawer.locator('.schedule-publish__upcoming tbody tr')
}

/**
 * Closes the tab as a person would, letting the page ask first. True when it asked (the browser's
 * "Leave site?" warning): the warning is dismissed and the tab stays open.
 */
export async function closeTab(page: Page): Promise<boolean> {
  const dialog = page.waitForEvent('dialog', { timeout: 5_000 }).catch(() => null)
  await page.close({ runBeforeUnload: true })
  const shown = await dialog
  await shown?.dismiss()
  return shown?.type() === 'beforeunload'
}

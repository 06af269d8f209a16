import type { Locator } from 'playwright-core'

import type { Page } from './browser'

/**
 * An editor's steps in the admin for a coordinated release and its press preview link, each
 * waiting for what the editor would see before the next.
 */

/** `when` as the admin's date fields of releases and preview links are typed: "7 Dec 2026, 14:05", in `zone`. */
export function typedMoment(when: Date, zone: string): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options }).format(when)
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(when)
  return `${part({ day: 'numeric' })} ${part({ month: 'short' })} ${part({ year: 'numeric' })}, ${time}`
}

/** Picks `text` in a react-select (relationship, select, time zone) by typing it. */
async function choose(page: Page, control: Locator, text: string) {
  await control.locator('.rs__control').click()
  await control.locator('input').first().fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Types a date and time into a date field and closes its calendar. */
async function typeDate(page: Page, field: Locator, text: string) {
  const input = field.locator('.react-datepicker__input-container input')
  await input.click()
  await input.fill(text)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Saves the document open in the form; returns its id once the admin shows it saved. */
async function save(page: Page, collection: string): Promise<number> {
  const saved = new RegExp(`^/admin/collections/${collection}/(\\d+)$`)
  await page.locator('#action-save').click()
  // A refusal shows as a toast and leaves the form where it is: say what it said.
  const refused = page.locator('.toast-error, [data-type="error"]').first()
  const outcome = await Promise.race([
    page
      .waitForURL((url) => saved.test(url.pathname), { timeout: 30_000 })
      .then(
        () => 'saved' as const,
        () => 'timeout' as const,
      ),
    refused.waitFor({ timeout: 30_000 }).then(
      () => 'refused' as const,
      () => 'timeout' as const,
    ),
  ])
  if (outcome === 'refused')
    throw new Error(`Saving the ${collection} was refused: ${await refused.innerText()}`)
  if (outcome === 'timeout') throw new Error(`Saving the ${collection} did not end within 30 s`)
  return Number(saved.exec(new URL(page.url()).pathname)?.[1])
}

export type ReleaseChoice = {
  title: string
  statementTitle: string
  languages: string[]
  reactionTitle: string
  moment: Date
  zone: string
}

/** Schedules a release in the admin: its statement in the chosen languages, a reaction, the moment. */
export async function scheduleReleaseInAdmin(page: Page, choice: ReleaseChoice): Promise<number> {
  await page.goto('/admin/collections/releases/create')
  await page.locator('#field-title').fill(choice.title)
  const moment = page.locator('#field-moment')
  await choose(page, moment.locator('.timezone-picker'), choice.zone.replaceAll('_', ' '))
  await typeDate(page, moment, typedMoment(choice.moment, choice.zone))
  await page.locator('.array-field__add-row').first().click()
  await choose(page, page.locator('#field-statements__0__statement'), choice.statementTitle)
  for (const language of choice.languages)
    await choose(page, page.locator('#field-statements__0__languages'), language)
  await choose(page, page.locator('#field-reactions'), choice.reactionTitle)
  return save(page, 'releases')
}

/** Creates a press preview link in the admin; returns the address it shows to copy. */
export async function createPreviewLinkInAdmin(
  page: Page,
  link: { releaseTitle: string; note: string; expiresAt: Date; zone: string },
): Promise<string> {
  await page.goto('/admin/collections/preview-links/create')
  await choose(page, page.locator('#field-release'), link.releaseTitle)
  await page.locator('#field-note').fill(link.note)
  await typeDate(page, page.locator('#field-expiresAt'), typedMoment(link.expiresAt, link.zone))
  await save(page, 'preview-links')
  const address = page.locator('#preview-link-address')
  await address.waitFor()
  return address.inputValue()
}

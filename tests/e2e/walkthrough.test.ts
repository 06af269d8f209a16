import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminLanguage, adminWords } from './adminWords'
import { launchChromium, openPage, type Page } from './browser'
import {
  closeTab,
  openNewStatement,
  openScheduleDrawer,
  scheduleDrawerChoice,
  signInToAdmin,
} from './editorJourney'
import { editorArea, linkSelection, selectTextInEditor } from './richTextEditor'
import { openTranslation, saveWithStatus, typeOverLink } from './translatorJourney'

/**
 * A working day in the admin, once with the interface in English and once in Arabic, done with
 * the mouse and the keyboard as people do it: the editor writes and links a statement, publishes
 * it and schedules another; a translator translates it, is refused when a link is lost, links the
 * words again and submits; the editor accepts and readers get it. Every step is photographed in
 * .test-results/walkthrough/<language>/ (not committed), for people to look at.
 */

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const rootDir = path.resolve(import.meta.dirname, '../..')
const source = 'https://www.icc-cpi.int/rome-statute'
// Payload accepts its session cookie only from its own origin (CSRF protection).
const origin = () => ({ origin: inject('baseURL') })

const runs = [
  {
    admin: 'en' as AdminLanguage,
    target: 'fr' as const,
    title: 'Walkthrough: defend the Court',
    translation: {
      title: 'Parcours : défendre la Cour',
      lead: 'Les États doivent défendre la Cour.',
      before: 'Les États doivent respecter le',
      link: 'Statut de Rome',
    },
  },
  {
    admin: 'ar' as AdminLanguage,
    target: 'ar' as const,
    title: 'Walkthrough: protect the Court',
    translation: {
      title: 'جولة: حماية المحكمة',
      lead: 'على الدول أن تحمي المحكمة.',
      before: 'على الدول أن تحترم',
      link: 'نظام روما الأساسي',
    },
  },
]

/** The browser of a person whose admin speaks `language` (the browser asks for it, as theirs does). */
const browserIn = (language: AdminLanguage) => ({
  locale: language === 'ar' ? 'ar-EG' : 'en-GB',
  timezoneId: 'Europe/Amsterdam',
  extraHTTPHeaders: { 'accept-language': language },
  viewport: { width: 1280, height: 900 },
})

/** Types into a text field as a person does: click, select what is there, type over it. */
async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

/** Polls a public page until `check` holds; returns its HTML. */
async function readerSees(
  page: Page,
  address: string,
  check: (html: string) => boolean,
): Promise<string> {
  const started = Date.now()
  for (;;) {
    const response = await page.request.get(address)
    const html = await response.text()
    if (response.status() === 200 && check(html)) return html
    if (Date.now() - started > 10_000)
      throw new Error(
        `${address} (${response.status()}) did not show what was published within 10 s`,
      )
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe.each(runs)(
  'a working day with the admin in $admin',
  ({ admin, target, title, translation }) => {
    it('editor writes, links with Ctrl+K, publishes and schedules; translator translates, is refused a lost link, submits; editor accepts', async () => {
      const words = adminWords(admin)
      const shotDir = path.join(rootDir, '.test-results/walkthrough', admin)
      await mkdir(shotDir, { recursive: true })
      let step = 0
      // The window as the person sees it (Lexical parks hidden pop-ups 10,000px to the side, which
      // would make a right-to-left full-page picture mostly empty).
      const shot = (page: Page, name: string) =>
        page.screenshot({
          path: path.join(shotDir, `${String(++step).padStart(2, '0')}-${name}.png`),
        })
      const cleanup: string[] = []
      const editor = await signInToAdmin(browser, undefined, browserIn(admin))
      const pages: Page[] = [editor]
      try {
        // The shared admin account keeps the zone another suite's browser gave it: start from none,
        // as on a first sign-in, so that this browser's zone is the one remembered.
        const savedZone = () =>
          editor.evaluate(async () => {
            const { user } = await (await fetch('/api/users/me')).json()
            return { id: user.id as number, zone: user.timeZone as string | null }
          })
        const { id } = await savedZone()
        await editor.evaluate(async (id) => {
          await fetch(`/api/users/${id}`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ timeZone: null }),
          })
        }, id)
        await editor.reload()
        await expect.poll(async () => (await savedZone()).zone).toBe('Europe/Amsterdam')
        await shot(editor, 'editor-dashboard')

        // Create new: nothing is saved until the statement has a title and the editor saves it.
        await openNewStatement(editor)
        await typeInto(editor, '#field-title', title)
        await typeInto(editor, '#field-standfirst', 'States must defend the Court.')
        await editorArea(editor).click()
        await editor.keyboard.type('States must uphold the Rome Statute.')
        await shot(editor, 'editor-writes')

        // Selects the words with the mouse and links them with Ctrl+K.
        await selectTextInEditor(editor, 'Rome Statute')
        await shot(editor, 'editor-selects-toolbar')
        await linkSelection(editor, source)
        await editorArea(editor).locator(`a[href="${source}"]`).waitFor()
        await shot(editor, 'editor-linked')

        const created = editor.waitForResponse(
          (response) =>
            /\/api\/statements(\?|$)/.test(response.url()) &&
            response.request().method() === 'POST',
        )
        await editor.locator('#action-save').click()
        expect((await created).status()).toBe(201)
        await editor.waitForURL((url) =>
          /^\/admin\/collections\/statements\/\d+$/.test(url.pathname),
        )
        const statementId = Number(new URL(editor.url()).pathname.split('/').at(-1))
        cleanup.push(`/api/statements/${statementId}`)
        await shot(editor, 'editor-published')

        const reader = await openPage(browser)
        pages.push(reader)
        const english = await reader.request.get(`/api/statements/${statementId}?locale=en&depth=0`)
        const { slug } = (await english.json()) as { slug: string }
        const page = await readerSees(reader, `/en/statements/${slug}`, (html) =>
          html.includes(`href="${source}"`),
        )
        expect(page).toContain(title)
        await reader.goto(`/en/statements/${slug}`)
        await shot(reader, 'reader-en')

        // Another statement, scheduled: the drawer opens on Publish, in the editor's time zone.
        await openNewStatement(editor)
        await typeInto(editor, '#field-title', `${title} (scheduled)`)
        await editor.locator('#action-save-draft').click()
        await editor.waitForURL((url) =>
          /^\/admin\/collections\/statements\/\d+$/.test(url.pathname),
        )
        cleanup.push(`/api/statements/${Number(new URL(editor.url()).pathname.split('/').at(-1))}`)
        const drawer = await openScheduleDrawer(editor)
        expect(await scheduleDrawerChoice(drawer)).toEqual({
          type: 'publish',
          timeZone: 'Europe/Amsterdam',
        })
        await drawer.locator('#time input').click()
        await editor.locator('.react-datepicker__navigation--next').click()
        await editor
          .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
          .click()
        // 9:00 in the five-minute list; if the picker stays open, a click beside it closes it, as a person does.
        await editor.locator('.react-datepicker__time-list-item').nth(108).click()
        if (await editor.locator('.react-datepicker').isVisible())
          await drawer.locator('label[for$="-type-publish"]').click()
        await editor.locator('.react-datepicker').waitFor({ state: 'hidden' })
        await shot(editor, 'editor-schedules')
        await drawer.getByRole('button', { name: words.save, exact: true }).click()
        await editor.getByText(words.scheduledSuccessfully).waitFor()
        const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
        await upcoming.first().waitFor()
        expect(await upcoming.count()).toBe(1)
        await shot(editor, 'editor-scheduled')
        await editor.keyboard.press('Escape')

        // The translator: an account for the target language, signed in with the same admin language.
        const account = {
          email: `walkthrough-${admin}@example.org`,
          password: 'walkthrough-translator-password',
        }
        const user = await editor.request.post('/api/users', {
          headers: origin(),
          data: {
            ...account,
            name: `Walkthrough ${admin}`,
            roles: ['translator'],
            languages: [target],
          },
        })
        expect(user.status()).toBe(201)
        cleanup.push(`/api/users/${((await user.json()) as { doc: { id: number } }).doc.id}`)
        const translator = await signInToAdmin(browser, account, browserIn(admin))
        pages.push(translator)
        await shot(translator, 'translator-dashboard')
        await openTranslation(translator, title)
        await typeInto(translator, '#field-title', translation.title)
        await typeInto(translator, '#field-standfirst', translation.lead)
        await selectTextInEditor(translator, 'States must uphold the')
        await translator.keyboard.type(translation.before)

        // Typing over the link's whole words takes the link with them: submitting is refused.
        await typeOverLink(translator, 'Rome Statute', translation.link)
        await saveWithStatus(translator, words.submitted, 400)
        await translator.getByText(`“Rome Statute” (${source})`).first().waitFor()
        // The page did not scroll sideways to show the message (a right-to-left page once did).
        expect(
          await translator.evaluate(() => [document.documentElement.scrollWidth, window.scrollX]),
        ).toEqual([1280, 0])
        await shot(translator, 'translator-refused')

        // The translator selects the new words and links them with the toolbar's link button.
        await selectTextInEditor(translator, translation.link)
        await linkSelection(translator, source, 'toolbar')
        await shot(translator, 'translator-relinked')
        await saveWithStatus(translator, words.submitted)
        await shot(translator, 'translator-submitted')

        // The editor finds it on the dashboard, sees the links side by side, accepts.
        await editor.goto('/admin')
        await editor.getByRole('link', { name: translation.title }).first().click()
        await editor.waitForURL(/\/admin\/collections\/translations\/\d+$/)
        const links = editor.locator('.amicus-links')
        await links.getByText(source).first().waitFor()
        expect(await links.locator('.amicus-links__unpaired').count()).toBe(0)
        await shot(editor, 'editor-reviews-links')
        await saveWithStatus(editor, words.accepted)
        await shot(editor, 'editor-accepted')

        const translated = await reader.request.get(
          `/api/statements/${statementId}?locale=${target}&depth=0`,
        )
        const { slug: targetSlug } = (await translated.json()) as { slug: string }
        const html = await readerSees(reader, `/${target}/statements/${targetSlug}`, (text) =>
          text.includes(translation.title),
        )
        expect(html).toMatch(new RegExp(`<a [^>]*href="${source}"[^>]*>${translation.link}</a>`))
        await reader.goto(`/${target}/statements/${targetSlug}`)
        await shot(reader, `reader-${target}`)

        // Leaving an edit before it is saved is warned about.
        await editor.goto(`/admin/collections/statements/${statementId}`)
        await typeInto(editor, '#field-standfirst', 'States must defend the Court, always.')
        expect(await closeTab(editor)).toBe(true)
      } catch (error) {
        // What each person had on screen when the walkthrough stopped.
        for (const [index, page] of pages.entries())
          if (!page.isClosed()) await shot(page, `failed-${index}`).catch(() => undefined)
        throw error
      } finally {
        for (const address of cleanup.reverse()) {
          const deleted = await editor.request.delete(address, { headers: origin() })
          expect(deleted.status(), `DELETE ${address}`).toBe(200)
        }
        // Readers stop getting the statement (the first read after a change may be the cached page).
        const lists = await openPage(browser)
        for (const code of ['en', 'fr', 'es', 'ar']) {
          for (const address of [`/${code}`, `/${code}/statements`])
            await readerSees(
              lists,
              address,
              (html) => !html.includes(title) && !html.includes(translation.title),
            )
        }
      }
    }, 240_000)
  },
)

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'

import { launchChromium } from './browser'
import { signIn as signInAs } from './translatorJourney'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

// Payload accepts its session cookie only from its own origin (CSRF protection).
const origin = () => ({ origin: inject('baseURL') })

const signIn = (email: string, password: string) =>
  signInAs(browser, inject('baseURL'), email, password)

const dayMs = 86_400_000

/**
 * Time passing, which no request can do: the job's due date moved `days` into the past, as if
 * the translator had let it go by.
 */
async function letDueDatePass(job: number, days: number) {
  const client = new pg.Client({ connectionString: inject('serverEnv').DATABASE_URL })
  await client.connect()
  try {
    await client.query(
      `UPDATE translation_jobs SET due_at = now() - make_interval(days => $2) WHERE id = $1`,
      [job, days],
    )
  } finally {
    await client.end()
  }
}

describe('translation jobs in the admin', () => {
  it('an editor asks for French and Spanish of a translator by a date; the translator sees it; overdue, the dashboard shows it', async () => {
    const editor = await signIn(inject('adminEmail'), inject('adminPassword'))
    const title = 'Jobs journey statement'
    const created = await editor.context.request.post('/api/statements?locale=en', {
      headers: origin(),
      data: {
        title,
        standfirst: 'An English standfirst.',
        body: lexicalDocument(['An English paragraph.']),
        kind: 'statement',
        publishedAt: '2024-09-01',
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const { doc: statement } = (await created.json()) as { doc: { id: number } }
    const account = { email: 'e2e-job-translator@example.org', password: 'e2e-job-translator-pw' }
    const user = await editor.context.request.post('/api/users', {
      headers: origin(),
      data: {
        ...account,
        name: 'E2E job translator',
        roles: ['translator'],
        languages: ['fr', 'es'],
      },
    })
    expect(user.status()).toBe(201)
    const { doc: translatorUser } = (await user.json()) as { doc: { id: number } }

    try {
      // Ten days ahead, mid-afternoon: the same calendar day in any zone the browser may be in.
      const due = new Date(Date.now() + 10 * dayMs)
      const dueValue = `${due.toISOString().slice(0, 10)}T14:30`
      const dueDay = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
        new Date(`${dueValue}:00Z`),
      )

      const { page } = editor
      await page.goto(`/admin/collections/statements/${statement.id}`)
      const panel = page.locator('.amicus-ask')
      // Its form element is added once the page has hydrated.
      await page.locator('form#amicus-ask-translation').waitFor({ state: 'attached' })
      await panel.locator('summary').click()
      await panel.getByRole('checkbox', { name: 'Français' }).check()
      await panel.getByRole('checkbox', { name: 'Español' }).check()
      await panel
        .getByRole('combobox', { name: 'Translator' })
        .selectOption({ label: 'E2E job translator (Français, Español)' })
      await panel.locator('input[name="dueAt"]').fill(dueValue)
      const asked = page.waitForResponse((response) =>
        response.url().endsWith('/api/translation-jobs/ask'),
      )
      await panel.getByRole('button', { name: 'Ask' }).click()
      expect((await asked).status()).toBe(303)
      // Back on the statement, each language says whom it is asked of.
      await page.waitForURL(`**/admin/collections/statements/${statement.id}`)
      await expect
        .poll(() => page.locator('.amicus-job').allTextContents())
        .toEqual([
          expect.stringContaining('E2E job translator'),
          expect.stringContaining('E2E job translator'),
        ])

      const listed = await editor.context.request.get(
        `/api/translation-jobs?depth=0&where[statement][equals]=${statement.id}`,
        { headers: origin() },
      )
      expect(listed.status()).toBe(200)
      const jobs = ((await listed.json()) as { docs: { id: number; locale: string }[] }).docs
      expect(jobs.map((job) => job.locale).sort()).toEqual(['es', 'fr'])

      // The translator finds both at the top of their list, with the date.
      const translator = await signIn(account.email, account.password)
      const work = translator.page.locator('section[aria-labelledby="my-translations"]')
      await work.waitFor()
      const rows = work.getByRole('row').filter({ hasText: title })
      expect(await rows.count()).toBe(2)
      for (const text of await rows.allTextContents()) expect(text).toContain(dueDay)
      expect(await work.getByRole('row').nth(1).textContent()).toContain(title)

      // Two days later, the French is overdue: the editor's dashboard says so, and by how much.
      const french = jobs.find((job) => job.locale === 'fr')
      await letDueDatePass(french?.id ?? 0, 2)
      await page.goto('/admin')
      const overdue = page.locator('table[aria-labelledby="overdue-jobs"]')
      const row = overdue.getByRole('row').filter({ hasText: title })
      await row.waitFor()
      const cells = await row.getByRole('cell').allTextContents()
      expect(cells).toEqual([title, 'Français', 'E2E job translator', expect.any(String), '2 days'])

      await translator.page.reload()
      await expect
        .poll(() => rows.filter({ hasText: 'Français' }).textContent())
        .toContain('Overdue')
    } finally {
      await editor.context.request.delete(`/api/statements/${statement.id}`, {
        headers: origin(),
      })
      await editor.context.request.delete(`/api/users/${translatorUser.id}`, {
        headers: origin(),
      })
    }
  })
})

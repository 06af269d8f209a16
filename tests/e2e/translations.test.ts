import type { APIRequestContext, Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'

import { launchChromium } from './browser'
import { save, saveWithStatus, signIn as signInAs } from './translatorJourney'

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

/** Polls a public page until it contains `text`; the reader's side of "visible within seconds". */
async function waitForText(
  request: APIRequestContext,
  path: string,
  text: string,
  timeoutMs = 5000,
) {
  const started = Date.now()
  let html = ''
  while (Date.now() - started < timeoutMs) {
    const response = await request.get(path)
    html = await response.text()
    if (response.status() === 200 && html.includes(text)) return html
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${path} did not show “${text}” within ${timeoutMs} ms`)
}

describe('translation workflow in the admin', () => {
  it('a translator submits French, an editor accepts it, /fr shows it, and an English change brings the notice', async () => {
    const editor = await signIn(inject('adminEmail'), inject('adminPassword'))
    const statement = await editor.context.request.post('/api/statements', {
      headers: origin(),
      data: {
        title: 'Translation journey',
        slug: 'translation-journey',
        standfirst: 'An English standfirst.',
        body: lexicalDocument(['An English paragraph.']),
        kind: 'statement',
        publishedAt: '2024-09-01',
        _status: 'published',
      },
    })
    expect(statement.status()).toBe(201)
    const { doc } = (await statement.json()) as { doc: { id: number } }
    const translatorAccount = {
      email: 'e2e-translator@example.org',
      password: 'e2e-translator-password',
    }
    const user = await editor.context.request.post('/api/users', {
      headers: origin(),
      data: {
        ...translatorAccount,
        name: 'E2E translator',
        roles: ['translator'],
        languages: ['fr'],
      },
    })
    expect(user.status()).toBe(201)
    const { doc: translatorUser } = (await user.json()) as { doc: { id: number } }

    try {
      // The translator lands on their work and starts from the statement's row.
      const translator = await signIn(translatorAccount.email, translatorAccount.password)
      await translator.page.getByRole('heading', { name: 'My translations' }).waitFor()
      const row = translator.page.getByRole('row').filter({ hasText: 'Translation journey' })
      await row.getByRole('button', { name: 'Translate' }).click()
      await translator.page.waitForURL(/\/admin\/collections\/translations\/\d+$/)
      // The original sits beside the translation.
      await translator.page.getByText('An English standfirst.').first().waitFor()
      await translator.page.locator('#field-title').fill('Parcours de traduction')
      await translator.page.locator('#field-standfirst').fill('Un chapeau en français.')
      // The text is left as the English it was pre-filled with: complete, so it can be submitted.
      await saveWithStatus(translator.page, 'Submitted for review')

      // The editor finds it waiting on the dashboard, is shown the English left in it, and
      // accepts it only once that is confirmed.
      await editor.page.goto('/admin')
      await editor.page.getByRole('link', { name: 'Français: Parcours de traduction' }).click()
      await editor.page.waitForURL(/\/admin\/collections\/translations\/\d+$/)
      await editor.page
        .locator('.amicus-translation-check')
        .getByText('Block 1 of the text')
        .waitFor()
      await saveWithStatus(editor.page, 'Accepted (published)', 400)
      await editor.page
        .getByText('The same as the original: Block 1 of the text.')
        .first()
        .waitFor()
      await editor.page
        .getByRole('checkbox', { name: 'Accept the parts left as in the original' })
        .check()
      await save(editor.page)

      const reader = await browser.newContext({ baseURL: inject('baseURL') })
      const french = await waitForText(
        reader.request,
        '/fr/statements/parcours-de-traduction',
        'Parcours de traduction',
      )
      expect(french).toContain('Un chapeau en français.')
      expect(french).not.toContain('a été modifié')
      // The English page is untouched, and now offers the French version.
      expect(
        await waitForText(
          reader.request,
          '/en/statements/translation-journey',
          '/fr/statements/parcours-de-traduction',
        ),
      ).toContain('An English standfirst.')

      // The editor changes the English text: French readers are told, with a link to the original.
      const changed = await editor.context.request.patch(`/api/statements/${doc.id}?locale=en`, {
        headers: origin(),
        data: { standfirst: 'A revised English standfirst.', _status: 'published' },
      })
      expect(changed.status()).toBe(200)
      const page = await reader.newPage()
      await waitForText(reader.request, '/fr/statements/parcours-de-traduction', 'a été modifié le')
      await page.goto('/fr/statements/parcours-de-traduction')
      const notice = page
        .getByRole('note')
        .filter({ hasText: 'L’original (anglais) a été modifié le' })
      await notice.waitFor()
      expect(await notice.getByRole('link').getAttribute('href')).toBe(
        '/en/statements/translation-journey',
      )
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Parcours de traduction',
      )
    } finally {
      await editor.context.request.delete(`/api/statements/${doc.id}`, { headers: origin() })
      await editor.context.request.delete(`/api/users/${translatorUser.id}`, { headers: origin() })
    }
  })
})

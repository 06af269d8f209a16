import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'

import { launchChromium } from './browser'
import {
  createDoc,
  openTranslation,
  signIn,
  submitTranslation,
  typeOverLink,
} from './translatorJourney'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

// Payload accepts its session cookie only from its own origin (CSRF protection).
const origin = () => ({ origin: inject('baseURL') })

const romeStatute = 'https://www.icc-cpi.int/rome-statute'

describe('a translator typing over a link in the admin', () => {
  it('is told, on submitting, that the link is missing, and the address follows the translated title', async () => {
    const editor = await signIn(
      browser,
      inject('baseURL'),
      inject('adminEmail'),
      inject('adminPassword'),
    )
    const statementId = await createDoc(editor, inject('baseURL'), 'statements', {
      title: 'Links kept',
      slug: 'links-kept',
      standfirst: 'A standfirst about links.',
      body: lexicalDocument([`Read the [Rome Statute](${romeStatute}) today.`]),
      kind: 'statement',
      publishedAt: '2024-09-02',
      _status: 'published',
    })
    const account = {
      email: 'e2e-link-translator@example.org',
      password: 'e2e-link-translator-password',
    }
    const translatorId = await createDoc(editor, inject('baseURL'), 'users', {
      ...account,
      name: 'E2E link translator',
      roles: ['translator'],
      languages: ['es'],
    })

    try {
      const { page } = await signIn(browser, inject('baseURL'), account.email, account.password)
      await openTranslation(page, 'Links kept')

      // Pre-filled from the English title, the address follows the title as it is translated.
      const slug = page.locator('#field-slug')
      expect(await slug.inputValue()).toBe('links-kept')
      await page.locator('#field-title').fill('Enlaces guardados')
      await expect.poll(() => slug.inputValue()).toBe('enlaces-guardados')
      await page.locator('#field-standfirst').fill('Una entradilla sobre enlaces.')

      // Typing over the whole words of the link takes the link away with them.
      await typeOverLink(page, 'Rome Statute', 'Estatuto de Roma')
      await page
        .locator('.rich-text-lexical [contenteditable="true"]')
        .getByText('Estatuto de Roma')
        .waitFor()

      await submitTranslation(page, 400)
      await page
        .getByText(`Text: the link “Rome Statute” (${romeStatute}) is missing from the translation`)
        .first()
        .waitFor()
    } finally {
      await editor.context.request.delete(`/api/statements/${statementId}`, { headers: origin() })
      await editor.context.request.delete(`/api/users/${translatorId}`, { headers: origin() })
    }
  })
})

import { readFile } from 'node:fs/promises'

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

const english = [
  'States Parties must cooperate with the Court.',
  'Arrest warrants must be executed without delay.',
  'The budget must match the workload.',
  'Civil society stands ready to help.',
]
const french = [
  'Les États parties doivent coopérer avec la Cour.',
  'Les mandats d’arrêt doivent être exécutés sans délai.',
  'Le budget doit correspondre à la charge de travail.',
  'La société civile est prête à aider.',
]

describe('the translation memory in the admin', () => {
  it('starts the next French translation from the accepted one, leaving only the changed paragraph to translate', async () => {
    const editor = await signIn(inject('adminEmail'), inject('adminPassword'))
    const created = await editor.context.request.post('/api/statements?locale=en', {
      headers: origin(),
      data: {
        title: 'Memory journey',
        standfirst: 'A statement the coalition keeps up to date.',
        body: lexicalDocument(english),
        kind: 'statement',
        publishedAt: '2024-09-01',
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const { doc: statement } = (await created.json()) as { doc: { id: number } }
    const account = { email: 'e2e-memory-translator@example.org', password: 'e2e-memory-password' }
    const user = await editor.context.request.post('/api/users', {
      headers: origin(),
      data: { ...account, name: 'E2E memory translator', roles: ['translator'], languages: ['fr'] },
    })
    expect(user.status()).toBe(201)
    const { doc: translatorUser } = (await user.json()) as { doc: { id: number } }

    try {
      const translator = await signIn(account.email, account.password)
      // A first French translation, submitted and accepted through the API.
      const submitted = await translator.context.request.post('/api/translations', {
        headers: origin(),
        data: {
          statement: statement.id,
          locale: 'fr',
          status: 'submitted',
          title: 'Parcours de mémoire',
          standfirst: 'Une déclaration que la coalition tient à jour.',
          body: lexicalDocument(french),
        },
      })
      expect(submitted.status()).toBe(201)
      const { doc: first } = (await submitted.json()) as { doc: { id: number } }
      const accepted = await editor.context.request.patch(`/api/translations/${first.id}`, {
        headers: origin(),
        data: { status: 'accepted' },
      })
      expect(accepted.status()).toBe(200)

      // The editor changes one paragraph of the original.
      const edited = await editor.context.request.patch(
        `/api/statements/${statement.id}?locale=en`,
        {
          headers: origin(),
          data: {
            body: lexicalDocument(
              english.map((text, i) =>
                i === 2 ? 'The budget must match the workload in 2027.' : text,
              ),
            ),
            _status: 'published',
          },
        },
      )
      expect(edited.status()).toBe(200)

      // The translator starts again from the statement's row, and is told what is left.
      const { page } = translator
      await page.goto('/admin')
      await page.getByRole('heading', { name: 'My translations' }).waitFor()
      const row = page.getByRole('row').filter({ hasText: 'Memory journey' })
      await row.getByRole('button', { name: 'Translate' }).click()
      await page.waitForURL(/\/admin\/collections\/translations\/\d+$/)
      const panel = page.locator('.amicus-memory-progress')
      await panel.getByText('6 segments, 5 from memory, 1 to translate').waitFor()
      expect(await panel.getByRole('listitem').allTextContents()).toEqual(['Block 3 of the text'])
      expect(await page.locator('#field-title').inputValue()).toBe('Parcours de mémoire')

      // The XLIFF download locks what came from memory for CAT tools.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download XLIFF' }).click(),
      ])
      const xml = await readFile((await download.path()) ?? '', 'utf8')
      expect(xml.match(/<target state="final" state-qualifier="exact-match">/g)).toHaveLength(5)
      expect(xml).toContain(
        '<target state="needs-translation">The budget must match the workload in 2027.</target>',
      )
    } finally {
      await editor.context.request.delete(`/api/statements/${statement.id}`, { headers: origin() })
      await editor.context.request.delete(`/api/users/${translatorUser.id}`, { headers: origin() })
    }
  })
})

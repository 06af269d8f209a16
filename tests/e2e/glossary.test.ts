import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'

import { launchChromium } from './browser'
import { createDoc, signIn } from './translatorJourney'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser.close()
})

const run = Date.now().toString(36)

describe('the glossary', () => {
  it('an editor imports terms, and the reviewer of a submitted translation sees the approved term it lacks', async () => {
    const baseURL = inject('baseURL')
    const editor = await signIn(browser, baseURL, inject('adminEmail'), inject('adminPassword'))
    const { page, context } = editor
    const headers = { origin: baseURL }
    const term = `Trust Fund for Victims ${run}`
    let statement: number | undefined
    try {
      // The import panel above the list: one new term, and "Rome Statute" (seeded) updated.
      await page.goto('/admin/collections/glossary-terms')
      await page.locator('.amicus-glossary-import input[type="file"]').setInputFiles({
        name: 'glossary.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'term,fr,es,ar,note,do_not_translate\n' +
            `${term},Fonds au profit des victimes,Fondo Fiduciario en beneficio de las víctimas,الصندوق الاستئماني للضحايا,,\n` +
            'Rome Statute,Statut de Rome,Estatuto de Roma,نظام روما الأساسي,,\n',
        ),
      })
      await page.locator('.amicus-glossary-import button').click()
      await expect
        .poll(() => page.locator('.amicus-glossary-import [role="status"]').textContent())
        .toBe('Imported: 1 term(s) added, 1 updated.')
      const imported = await context.request.get(
        `/api/glossary-terms?where[term][equals]=${encodeURIComponent(term)}`,
        { headers },
      )
      expect(imported.status()).toBe(200)
      expect(((await imported.json()) as { docs: { es: string }[] }).docs).toEqual([
        expect.objectContaining({ es: 'Fondo Fiduciario en beneficio de las víctimas' }),
      ])

      statement = await createDoc(editor, baseURL, 'statements', {
        title: `Glossary review ${run}`,
        standfirst: 'States Parties must act.',
        body: lexicalDocument(['The Court applies the Rome Statute.', 'Nothing else.']),
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'published',
      })
      const created = await context.request.post('/api/translations', {
        headers,
        data: {
          statement,
          locale: 'es',
          status: 'submitted',
          title: `Revisión del glosario ${run}`,
          standfirst: 'Los Estados Partes deben actuar.',
          body: lexicalDocument(['La Corte aplica el tratado de Roma.', 'Nada más.']),
        },
      })
      expect(created.status()).toBe(201)
      const translation = ((await created.json()) as { doc: { id: number } }).doc.id

      await page.goto(`/admin/collections/translations/${translation}`)
      const warning = page.locator('.amicus-glossary-deviations')
      await warning.waitFor()
      expect(await warning.innerText()).toContain(
        'Block 1 of the text: “Rome Statute” → Estatuto de Roma not found',
      )
      // The standfirst has its approved term: it is listed, not flagged.
      expect(await warning.innerText()).not.toContain('Standfirst')
      await expect
        .poll(() => page.locator('.amicus-glossary dd[lang="es"]').allTextContents())
        .toEqual(['Estados Partes', 'Estatuto de Roma'])
    } finally {
      if (statement) await context.request.delete(`/api/statements/${statement}`, { headers })
      await context.request.delete(
        `/api/glossary-terms?where[term][equals]=${encodeURIComponent(term)}`,
        { headers },
      )
      await context.close()
    }
  })
})

import { readFile } from 'node:fs/promises'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type ApiClient, apiClient, type Doc, logIn } from '@/tests/helpers/apiClient'

import { launchChromium } from './browser'
import { signIn } from './translatorJourney'

/** The translation memory's TMX panel, above its list in the admin, as an editor uses it. */

let browser: Browser
let admin: ApiClient
let editorId: number
const stamp = Date.now().toString(36)
const email = `tmx-editor-${stamp}@example.org`
const password = `tmx-${stamp}-password`
const source = `The Court must remain independent (${stamp}).`
const target = `La Cour doit rester indépendante (${stamp}).`

const unchecked = () => {}

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'))
  const baseURL = inject('baseURL')
  admin = apiClient(
    baseURL,
    (await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))).token,
    unchecked,
  )
  const account = await admin.rest('POST', '/api/users', {
    email,
    password,
    name: 'TMX editor',
    roles: ['editor'],
  })
  expect(account.status).toBe(201)
  editorId = (account.body.doc as Doc).id
})

afterAll(async () => {
  const where = `where[sourceText][contains]=${encodeURIComponent(stamp)}`
  await admin.rest('DELETE', `/api/translation-memory?${where}`)
  await admin.rest('DELETE', `/api/users/${editorId}`)
  await browser.close()
})

describe('the translation memory as TMX in the admin', () => {
  it('an editor imports a TMX file and downloads the memory with its segment', async () => {
    const { context, page } = await signIn(browser, inject('baseURL'), email, password)
    await page.goto('/admin/collections/translation-memory')
    const panel = page.locator('.amicus-tmx')

    await panel.locator('input[type="file"]').setInputFiles({
      name: 'memory.tmx',
      mimeType: 'application/x-tmx+xml',
      buffer: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body><tu><tuv xml:lang="en-US"><seg>${source}</seg></tuv><tuv xml:lang="fr-FR"><seg>${target}</seg></tuv></tu></body></tmx>`,
      ),
    })
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toContain('New segment pairs: 1.')
    // The list refreshes with the new segment.
    await page.getByRole('cell', { name: source }).waitFor()

    const downloading = page.waitForEvent('download')
    await panel.getByRole('link', { name: 'English → French' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('amicus-en-fr.tmx')
    const xml = await readFile(await download.path(), 'utf8')
    expect(xml).toContain('<tmx version="1.4">')
    expect(xml).toContain(
      `<tuv xml:lang="en"><seg>${source}</seg></tuv>\n<tuv xml:lang="fr"><seg>${target}</seg></tuv>`,
    )
    await context.close()
  })
})

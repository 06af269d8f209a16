import type { Page } from './browser'

/**
 * Driving the statement editor as a person does, with the mouse and the keyboard, on an admin
 * edit page (`/admin/collections/statements/:id`, or a translation's). `field` is the rich-text
 * field's path: `body` for a statement's text.
 */

/** The editable area of a rich-text field. */
export const editorArea = (page: Page, field = 'body') =>
  page.locator(`[data-field-path="${field}"] [contenteditable="true"]`)

/** The toolbar above the field, or the one that shows beside selected text. */
export const toolbar = (page: Page, which: 'fixed' | 'inline', field = 'body') =>
  which === 'fixed'
    ? page.locator(`[data-field-path="${field}"] .fixed-toolbar`)
    : page.locator('.inline-toolbar-popup')

/**
 * Selects the first occurrence of `text` in the field by dragging the mouse across it, then
 * waits for the inline toolbar. Throws if the browser selected anything else.
 */
export async function selectTextInEditor(page: Page, text: string, field = 'body'): Promise<void> {
  const area = editorArea(page, field)
  await area.waitFor()
  // The pop-up of a link under the caret may cover the words; Escape closes it.
  if (await area.evaluate((root) => root.contains(document.activeElement)))
    await page.keyboard.press('Escape')
  const ends = await area.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(wanted) ?? -1
      if (start === -1) continue
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + wanted.length)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()]
      const [first, last] = [rects[0], rects[rects.length - 1]]
      // Just inside the first and the last letter, so the caret lands before and after them.
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      }
    }
    return null
  }, text)
  if (!ends) throw new Error(`“${text}” is not in the ${field} editor (within one run of text)`)
  await page.mouse.move(ends.from.x, ends.from.y)
  await page.mouse.down()
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 })
  await page.mouse.up()
  const selected = await page.evaluate(() => window.getSelection()?.toString())
  if (selected !== text) throw new Error(`Selected “${selected}” instead of “${text}”`)
  await toolbar(page, 'inline').waitFor()
}

/** Clicks a toolbar button by its key: `undo`, `redo`, `bold`, `italic` or `link`. */
export async function clickToolbarButton(
  page: Page,
  key: string,
  which: 'fixed' | 'inline' = 'fixed',
  field = 'body',
): Promise<void> {
  await toolbar(page, which, field).locator(`button[data-button-key="${key}"]`).click()
}

/** The links of the field as the editor holds them (what a save sends): their words and fields. */
export async function editorLinks(
  page: Page,
  field = 'body',
): Promise<{ text: string; fields: Record<string, unknown> }[]> {
  return editorArea(page, field).evaluate((root) => {
    type Node = {
      type?: string
      text?: string
      fields?: Record<string, unknown>
      children?: Node[]
    }
    const editor = (
      root as unknown as { __lexicalEditor?: { getEditorState(): { toJSON(): { root: Node } } } }
    ).__lexicalEditor
    const links: { text: string; fields: Record<string, unknown> }[] = []
    const words = (node: Node): string => node.text ?? (node.children ?? []).map(words).join('')
    const walk = (node: Node) => {
      if (node.type === 'link') links.push({ text: words(node), fields: node.fields ?? {} })
      else (node.children ?? []).forEach(walk)
    }
    if (editor) walk(editor.getEditorState().toJSON().root)
    return links
  })
}

/** The link drawer that Ctrl+K and the link button open. */
export const linkDrawer = (page: Page) => page.locator('.lexical-link-edit-drawer')

/** Opens the link drawer on the selection (Ctrl+K, Cmd+K on macOS, or the toolbar's button), waits for it, and returns it. */
export async function openLinkDrawer(page: Page, via: LinkVia = 'keyboard') {
  if (via === 'keyboard') await page.keyboard.press('ControlOrMeta+k')
  else await clickToolbarButton(page, 'link', 'inline')
  const drawer = linkDrawer(page)
  // Typing before the drawer's form has its state loses the text to it.
  await drawer.locator('form[data-form-ready="true"]').waitFor()
  return drawer
}

/** How the link drawer is opened: Ctrl+K, or the link button of the toolbar beside the selection. */
export type LinkVia = 'keyboard' | 'toolbar'

/** Links the selected text to an outside address (with Ctrl+K unless `via` says), and saves the link. */
export async function linkSelection(
  page: Page,
  url: string,
  via: LinkVia = 'keyboard',
): Promise<void> {
  const drawer = await openLinkDrawer(page, via)
  // The radios' ids name their values; their labels are in the admin's language.
  await drawer.locator('label[for^="field-linkType-custom"]').click()
  // The address field is made anew as the type is chosen: what is typed into the old one is lost,
  // so type until it stays, as a person retypes what vanished.
  const input = drawer.locator('#field-url')
  for (let attempt = 0; attempt < 5; attempt++) {
    await input.fill(url)
    await new Promise((resolve) => setTimeout(resolve, 300))
    if ((await input.inputValue()) === url) break
  }
  await saveLinkDrawer(page)
  await editorArea(page).locator(`a[href="${url}"]`).first().waitFor()
}

/** Links the selected text to the statement titled `title` (an internal link) with Ctrl+K, and saves the link. */
export async function linkSelectionToStatement(page: Page, title: string): Promise<void> {
  const drawer = await openLinkDrawer(page)
  const internal = drawer.locator('input[id^="field-linkType-internal"]')
  const chosen = drawer.locator('#field-doc .rs__single-value', { hasText: title })
  // The drawer's form state may come back from the server after a choice and undo it (the type
  // back to an address, the statement unset): choose again until both stay, as a person would.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!(await internal.isChecked()))
      await drawer.locator('label[for^="field-linkType-internal"]').click()
    if (!(await chosen.isVisible())) {
      await drawer.locator('#field-doc .rs__control').click()
      // Typing searches the statements by title, as a person finds one among many.
      await drawer.locator('#field-doc .rs__input').fill(title)
      await page.locator('.rs__option', { hasText: title }).first().click()
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    if ((await internal.isChecked()) && (await chosen.isVisible())) break
  }
  await saveLinkDrawer(page)
}

async function saveLinkDrawer(page: Page): Promise<void> {
  const drawer = linkDrawer(page)
  // A click that lands while the form is still taking the typed address is lost, as it would be
  // for a person: they click again.
  for (let attempt = 0; attempt < 3 && (await drawer.isVisible()); attempt++) {
    await drawer.locator('button[type="submit"]').click()
    await drawer.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined)
  }
  await drawer.waitFor({ state: 'hidden' })
}

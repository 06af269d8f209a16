'use client'

import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import {
  $getSelection,
  COMMAND_PRIORITY_LOW,
  CONTROL_OR_META,
  isExactShortcutMatch,
  KEY_DOWN_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

/**
 * Runs the link button of the toolbar, so the shortcut does exactly what a click does (the drawer
 * for an external URL or an internal link) and is off wherever the button is: with no text
 * selected. Inside an existing link the button would remove it; the shortcut leaves that to the
 * link's own pop-up.
 */
function LinkShortcutPlugin() {
  const [editor] = useLexicalComposerContext()
  const editorConfigContext = useEditorConfigContext()
  const { toolbarFixed, toolbarInline } = editorConfigContext.editorConfig.features

  useEffect(() => {
    const linkButton = [...toolbarInline.groups, ...toolbarFixed.groups]
      .flatMap((group) => group.items)
      .find((item) => item.key === 'link')
    const openLink = linkButton?.onSelect
    if (!openLink) return
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!isExactShortcutMatch(event, 'k', CONTROL_OR_META)) return false
        // The browser's own Ctrl+K moves the focus to its search bar.
        event.preventDefault()
        const selection = $getSelection()
        if (!selection) return true
        const state = { editor, editorConfigContext, selection }
        const enabled = linkButton.isEnabled?.(state) ?? true
        const inLink = linkButton.isActive?.(state) ?? false
        if (enabled && !inLink) openLink({ editor, isActive: false })
        return true
      },
      COMMAND_PRIORITY_LOW,
    )
  }, [editor, editorConfigContext, toolbarFixed, toolbarInline])

  return null
}

export const LinkShortcutFeatureClient = createClientFeature({
  plugins: [{ Component: LinkShortcutPlugin, position: 'normal' }],
})

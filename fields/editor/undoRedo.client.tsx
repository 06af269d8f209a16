'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { REDO_COMMAND, UNDO_COMMAND } from '@payloadcms/richtext-lexical/lexical'
import { useTranslation } from '@payloadcms/ui'

import { adminLocale, inAdminLanguage, type Label } from '@/i18n/label'
import { localeInfo } from '@/i18n/locales'

const labels = {
  undo: { en: 'Undo', fr: 'Annuler', es: 'Deshacer', ar: 'تراجع' },
  redo: { en: 'Redo', fr: 'Rétablir', es: 'Rehacer', ar: 'إعادة' },
} satisfies Record<string, Label>

/**
 * An icon in the style of Payload's toolbar icons; its label names the button for screen readers
 * and as a tooltip. Mirrored in a right-to-left interface, where undo points right.
 */
function icon(label: Label, path: string) {
  return function HistoryIcon() {
    const { i18n } = useTranslation()
    const mirrored =
      localeInfo(adminLocale(i18n)).dir === 'rtl' ? { transform: 'scaleX(-1)' } : undefined
    return (
      <svg
        role="img"
        aria-label={inAdminLanguage(label, i18n)}
        className="icon"
        width="20"
        height="20"
        viewBox="0 0 20 20"
        fill="none"
        style={mirrored}
      >
        <title>{inAdminLanguage(label, i18n)}</title>
        <path d={path} stroke="currentColor" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    )
  }
}

// A curved arrow back (undo), and its mirror image (redo).
const UndoIcon = icon(
  labels.undo,
  'M7.5 5.5L5 8L7.5 10.5M5 8H11.5C13.433 8 15 9.567 15 11.5C15 13.433 13.433 15 11.5 15H9',
)
const RedoIcon = icon(
  labels.redo,
  'M12.5 5.5L15 8L12.5 10.5M15 8H8.5C6.567 8 5 9.567 5 11.5C5 13.433 6.567 15 8.5 15H11',
)

export const UndoRedoFeatureClient = createClientFeature({
  toolbarFixed: {
    groups: [
      {
        type: 'buttons',
        key: 'history',
        // Before the text, format and link groups (Payload orders them 25, 40 and 50).
        order: 10,
        items: [
          {
            key: 'undo',
            ChildComponent: UndoIcon,
            onSelect: ({ editor }) => editor.dispatchCommand(UNDO_COMMAND, undefined),
          },
          {
            key: 'redo',
            ChildComponent: RedoIcon,
            onSelect: ({ editor }) => editor.dispatchCommand(REDO_COMMAND, undefined),
          },
        ],
      },
    ],
  },
})

import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Ctrl+K (Cmd+K on a Mac) on selected text opens the link drawer, as the toolbar's link button
 * does: Payload's LinkFeature has the button but no shortcut. Makes no nodes.
 */
export const LinkShortcutFeature = createServerFeature({
  key: 'linkShortcut',
  dependencies: ['link'],
  feature: { ClientFeature: '@/fields/editor/linkShortcut.client#LinkShortcutFeatureClient' },
})

import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Undo and redo buttons at the start of the fixed toolbar. Payload's toolbars have none; the
 * keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) already work through Lexical's history. Makes no nodes.
 */
export const UndoRedoFeature = createServerFeature({
  key: 'undoRedo',
  feature: { ClientFeature: '@/fields/editor/undoRedo.client#UndoRedoFeatureClient' },
})

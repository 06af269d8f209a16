import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import type { TextFieldSingleValidation } from 'payload'

import { LinkShortcutFeature } from '@/fields/editor/linkShortcut'
import { UndoRedoFeature } from '@/fields/editor/undoRedo'
import { isSafeHref } from '@/lib/text/safeHref'

const validateUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string }).linkType === 'internal' ||
  (typeof value === 'string' && isSafeHref(value)) ||
  'Links must start with https://, http:// or mailto:.'

/**
 * What a statement needs and no more: headings, lists, quotes, emphasis, and links to outside
 * sources or to other statements. Links that are not http(s) or mailto are refused on save.
 * Every node and format these features make is rendered by components/RichText.tsx and carried
 * by the XLIFF exchange; tests/unit/editorContent.test.tsx fails for a feature that is not.
 * A fixed toolbar, one on selected text, undo/redo buttons and Ctrl+K for links make no content.
 * A function, because Payload reorders the list it is given in place.
 */
export const richTextFeatures = () => [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  LinkFeature({
    enabledCollections: ['statements'],
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        field.type === 'text' && field.name === 'url' && !field.hasMany
          ? { ...field, hasMany: false, validate: validateUrl }
          : field,
      ),
  }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
  UndoRedoFeature(),
  LinkShortcutFeature(),
]

export const richTextEditor = lexicalEditor({ features: richTextFeatures })

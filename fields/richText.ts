import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import type { TextFieldSingleValidation } from 'payload'

import { isSafeHref } from '@/lib/text/safeHref'

const validateUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string }).linkType === 'internal' ||
  (typeof value === 'string' && isSafeHref(value)) ||
  'Links must start with https://, http:// or mailto:.'

/**
 * What a statement needs and no more: headings, lists, quotes, emphasis, and links to outside
 * sources or to other statements. Links that are not http(s) or mailto are refused on save.
 */
export const richTextEditor = lexicalEditor({
  features: () => [
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
  ],
})

import type { Field } from 'payload'

import { limitLength } from '@/fields/lengthLimit'
import { adminText } from '@/i18n/adminText'
import { sourceFieldLabel } from '@/lib/translations/fieldLabels'
import { type SourceField } from '@/lib/translations/source'

/** The original's text for `field`, shown read-only beside the translator's version of it. */
const sourceBeside = (field: SourceField): Field => ({
  name: `source_${field}`,
  type: 'ui',
  admin: {
    width: '50%',
    components: {
      Field: {
        path: '@/components/admin/TranslationSource#TranslationSource',
        serverProps: { sourceField: field },
      },
    },
  },
})

const side = { width: '50%' }

/**
 * The translated text, each field beside the original's, then the body's links compared with the
 * original's.
 */
export const textFields: Field[] = [
  {
    type: 'row',
    fields: [
      sourceBeside('title'),
      limitLength('title', {
        name: 'title',
        label: adminText.title,
        type: 'text',
        required: true,
        admin: side,
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      sourceBeside('standfirst'),
      limitLength('standfirst', {
        name: 'standfirst',
        label: adminText.standfirst,
        type: 'textarea',
        admin: side,
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      sourceBeside('seoTitle'),
      limitLength('seoTitle', {
        name: 'seoTitle',
        label: sourceFieldLabel.seoTitle,
        type: 'text',
        admin: { ...side, description: adminText.seoTitleHelp },
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      sourceBeside('description'),
      limitLength('seoDescription', {
        name: 'description',
        label: adminText.seoDescription,
        type: 'textarea',
        admin: side,
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      sourceBeside('body'),
      { name: 'body', label: adminText.body, type: 'richText', admin: side },
    ],
  },
  {
    name: 'bodyLinks',
    type: 'ui',
    admin: {
      components: {
        Field: {
          path: '@/components/admin/TranslationLinks#TranslationLinks',
          serverProps: { richTextField: 'body' },
        },
      },
    },
  },
]

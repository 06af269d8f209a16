import type { FieldAccess, GroupField } from 'payload'

import { adminText } from '@/i18n/adminText'

import { limitLength } from './lengthLimit'

type TextAccess = { create?: FieldAccess; update?: FieldAccess }

/**
 * What search engines and social cards show, per locale; the title and standfirst stand in when
 * empty. `textAccess` applies to the localized texts (statements write them in one language).
 */
export const seoFields = (textAccess?: TextAccess): GroupField => ({
  name: 'meta',
  label: adminText.seo,
  type: 'group',
  fields: [
    limitLength('seoTitle', {
      name: 'title',
      label: adminText.title,
      type: 'text',
      localized: true,
      access: textAccess,
      admin: { description: adminText.seoTitleHelp },
    }),
    limitLength('seoDescription', {
      name: 'description',
      label: adminText.seoDescription,
      type: 'textarea',
      localized: true,
      access: textAccess,
      admin: { description: adminText.seoDescriptionHelp },
    }),
    {
      name: 'image',
      label: adminText.seoImage,
      type: 'upload',
      relationTo: 'media',
      admin: { description: adminText.seoImageHelp },
    },
  ],
})

import type { FieldAccess, GroupField } from 'payload'

import { adminText } from '@/i18n/adminText'

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
    { name: 'title', label: adminText.title, type: 'text', localized: true, access: textAccess, maxLength: 70, admin: { description: adminText.seoTitleHelp } },
    {
      name: 'description',
      label: adminText.seoDescription,
      type: 'textarea',
      localized: true,
      access: textAccess,
      maxLength: 200,
      admin: { description: adminText.seoDescriptionHelp },
    },
    {
      name: 'image',
      label: adminText.seoImage,
      type: 'upload',
      relationTo: 'media',
      admin: { description: adminText.seoImageHelp },
    },
  ],
})

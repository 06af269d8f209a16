import type { GroupField } from 'payload'

import { adminText } from '@/i18n/adminText'

/** What search engines and social cards show, per locale; the title and standfirst stand in when empty. */
export const seoFields: GroupField = {
  name: 'meta',
  label: adminText.seo,
  type: 'group',
  fields: [
    { name: 'title', label: adminText.title, type: 'text', localized: true, maxLength: 70, admin: { description: adminText.seoTitleHelp } },
    {
      name: 'description',
      label: adminText.seoDescription,
      type: 'textarea',
      localized: true,
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
}

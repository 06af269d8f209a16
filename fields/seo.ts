import type { GroupField } from 'payload'

/** What search engines and social cards show, per locale; the title and standfirst stand in when empty. */
export const seoFields: GroupField = {
  name: 'meta',
  label: 'Search and sharing',
  type: 'group',
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, admin: { description: 'Up to 70 characters. Defaults to the title.' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 200,
      admin: { description: 'Up to 200 characters. Defaults to the standfirst.' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Shown on social cards. Defaults to the hero image.' } },
  ],
}

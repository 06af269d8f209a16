import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { localeCodes } from '@/i18n/locales'

import { revalidateSlugMap, revalidateSlugMapOnDelete } from './hooks/revalidateSlugMap'

/**
 * Old addresses of statements. Each row points at the statement, not at a slug, so a
 * statement renamed twice never yields a chain of redirects.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  admin: { useAsTitle: 'from', defaultColumns: ['from', 'locale', 'statement'], group: 'Settings' },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [rejectMalformedId],
    afterChange: [revalidateSlugMap],
    afterDelete: [revalidateSlugMapOnDelete],
  },
  fields: [
    { name: 'locale', type: 'select', required: true, index: true, options: [...localeCodes] },
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The old slug.' },
    },
    { name: 'statement', type: 'relationship', relationTo: 'statements', required: true },
  ],
}

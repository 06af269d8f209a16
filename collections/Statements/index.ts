import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { publishedOrStaff } from '@/access/publishedOrStaff'

import { revalidateStatement, revalidateStatementDelete } from './hooks/revalidateStatement'

export const Statements: CollectionConfig = {
  slug: 'statements',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
  },
  access: {
    read: publishedOrStaff,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: { drafts: true },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'slug', type: 'text', localized: true, required: true, index: true },
    { name: 'standfirst', type: 'textarea', localized: true },
    { name: 'publishedAt', type: 'date', required: true, index: true },
  ],
  hooks: {
    afterChange: [revalidateStatement],
    afterDelete: [revalidateStatementDelete],
  },
}

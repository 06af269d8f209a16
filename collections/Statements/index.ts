import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { statementKinds } from '@/lib/statementKinds'

import { deriveSearchText } from './hooks/deriveSearchText'
import { recordSlugChange } from './hooks/recordSlugChange'
import { forgetRedirects, revalidateStatement, revalidateStatementDelete } from './hooks/revalidateStatement'

export const Statements: CollectionConfig = {
  slug: 'statements',
  labels: { singular: adminText.statement, plural: adminText.statements },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'standfirst'],
  },
  access: {
    read: publishedOrStaff,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', label: adminText.title, type: 'text', localized: true, required: true },
    {
      name: 'standfirst',
      label: adminText.standfirst,
      type: 'textarea',
      localized: true,
      admin: { description: adminText.standfirstHelp },
    },
    { name: 'body', label: adminText.body, type: 'richText', localized: true },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true },
      hooks: { beforeChange: [deriveSearchText] },
    },
    { name: 'heroImage', label: adminText.heroImage, type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    {
      name: 'attachments',
      label: adminText.attachments,
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: adminText.attachmentsHelp },
    },
    {
      name: 'relatedStatements',
      label: adminText.relatedStatements,
      type: 'relationship',
      relationTo: 'statements',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    seoFields,
    slugField(),
    {
      name: 'publishedAt',
      label: adminText.publishedAt,
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', description: adminText.publishedAtHelp, date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'kind',
      label: adminText.kind,
      type: 'select',
      required: true,
      defaultValue: 'statement',
      options: statementKinds.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    { name: 'topics', label: adminText.topics, type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId],
    afterChange: [recordSlugChange, revalidateStatement],
    afterDelete: [forgetRedirects, revalidateStatementDelete],
  },
}

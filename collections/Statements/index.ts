import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access/isEditor'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { sourceLocaleOnly } from '@/access/sourceLocaleOnly'
import { systemOnly } from '@/access/systemOnly'
import { dayOnly } from '@/fields/dayOnly'
import { limitLength } from '@/fields/lengthLimit'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { localeInfo, sourceLocale, targetLocales } from '@/i18n/locales'
import { statementKinds } from '@/lib/statementKinds'

import { deriveSearchText } from './hooks/deriveSearchText'
import { holdForRelease } from './hooks/holdForRelease'
import { notePublishedSlug } from './hooks/publishedSlug'
import { recordSlugChange } from './hooks/recordSlugChange'
import {
  deleteDependents,
  revalidateOnChange,
  revalidateOnDelete,
} from './hooks/revalidateStatement'
import { trackSourceRevision } from './hooks/trackSourceRevision'

const sourceText = { create: sourceLocaleOnly, update: sourceLocaleOnly }
const systemManaged = { create: systemOnly, update: systemOnly }

export const Statements: CollectionConfig = {
  slug: 'statements',
  labels: collectionLabels(adminText.statement, adminText.statements),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'kind', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'standfirst'],
    components: {
      edit: {
        PublishButton: '@/components/admin/PublishButton.client#PublishButton',
        beforeDocumentControls: [
          '@/components/admin/UnsavedChangesGuard.client#UnsavedChangesGuard',
        ],
      },
    },
  },
  access: {
    read: publishedOrStaff,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: {
    // Validated drafts make Payload's create view wait for a first save with a title, instead of
    // creating an empty draft as it opens (node_modules/@payloadcms/next/dist/views/Document).
    drafts: { autosave: { interval: 1000 }, schedulePublish: true, validate: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'languages',
      label: adminText.languages,
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '@/components/admin/StatementLanguages#StatementLanguagesField',
          Cell: '@/components/admin/StatementLanguages#StatementLanguagesCell',
        },
      },
    },
    limitLength('title', {
      name: 'title',
      label: adminText.title,
      type: 'text',
      localized: true,
      required: true,
      access: sourceText,
      // Required in the source language; the others stay empty until a translation is accepted.
      validate: (
        value: unknown,
        { req, operation }: { req: { locale?: string | null }; operation?: string },
      ) => {
        if (value != null && typeof value !== 'string') return 'The title is text.'
        if (req.locale === sourceLocale)
          return Boolean(value?.trim()) || 'A statement needs a title.'
        const source = localeInfo(sourceLocale).label
        return (
          operation !== 'create' ||
          `A statement is written in ${source} first: switch the locale to ${source} to create it.`
        )
      },
    }),
    limitLength('standfirst', {
      name: 'standfirst',
      label: adminText.standfirst,
      type: 'textarea',
      localized: true,
      access: sourceText,
      admin: { description: adminText.standfirstHelp },
    }),
    { name: 'body', label: adminText.body, type: 'richText', localized: true, access: sourceText },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true },
      hooks: { beforeChange: [deriveSearchText] },
    },
    {
      name: 'heroImage',
      label: adminText.heroImage,
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image' } },
    },
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
    seoFields(sourceText),
    { ...slugField('title', 'oncePublished'), access: sourceText },
    {
      name: 'publishedAt',
      label: adminText.publishedAt,
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', description: adminText.publishedAtHelp, date: dayOnly },
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
    {
      name: 'topics',
      label: adminText.topics,
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'signatureClosesAt',
      label: adminText.signatureClosesAt,
      type: 'date',
      access: { create: isEditorField, update: isEditorField },
      admin: {
        position: 'sidebar',
        description: adminText.signatureClosesAtHelp,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      // The organizations that signed, from the statement's own page in the admin.
      name: 'signatures',
      label: adminText.signatures,
      type: 'join',
      collection: 'signatures',
      on: 'statement',
      access: { read: isEditorField },
      admin: { defaultColumns: ['signatory', 'signedAt', 'status'] },
    },
    // Written by accepting a translation (lib/translations/accept.ts) and by publishing the
    // source; the languages panel above shows them.
    {
      name: 'sourceRevision',
      type: 'text',
      access: systemManaged,
      admin: { hidden: true },
    },
    { name: 'sourceUpdatedAt', type: 'date', access: systemManaged, admin: { hidden: true } },
    {
      name: 'localeVersions',
      type: 'array',
      access: systemManaged,
      admin: { hidden: true },
      fields: [
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: targetLocales.map((code) => ({ label: code, value: code })),
        },
        { name: 'sourceRevision', type: 'text', required: true },
        { name: 'acceptedAt', type: 'date', required: true },
        { name: 'translation', type: 'relationship', relationTo: 'translations' },
      ],
    },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    beforeChange: [holdForRelease, trackSourceRevision, notePublishedSlug],
    afterChange: [recordSlugChange, revalidateOnChange],
    beforeDelete: [deleteDependents],
    afterDelete: [revalidateOnDelete],
  },
}

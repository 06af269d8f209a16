import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access/isEditor'
import { systemOnly } from '@/access/systemOnly'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { locales } from '@/i18n/locales'
import { expiryProblem, previewLinkLocales } from '@/lib/previewLinks/rules'

import { issueToken } from './hooks/issueToken'

const systemManaged = { create: systemOnly, update: systemOnly }

/**
 * Links that let a journalist read a scheduled release before its moment, read-only, in one
 * language or all of them, until they expire or are revoked (lib/previewLinks/, the pages under
 * app/(frontend)/[locale]/press/). Newsroom only: nobody else may list them or see a token.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: collectionLabels(adminText.previewLink, adminText.previewLinks),
  admin: {
    useAsTitle: 'note',
    defaultColumns: ['note', 'release', 'locale', 'expiresAt', 'revoked'],
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [rejectMalformedId],
    beforeChange: [issueToken],
  },
  fields: [
    {
      name: 'release',
      label: adminText.previewRelease,
      type: 'relationship',
      relationTo: 'releases',
      required: true,
      index: true,
      // New links point at scheduled releases; a saved link keeps its release once it is out
      // (Payload checks filterOptions on every save: revoking would be refused).
      filterOptions: ({ id }) => (id ? true : { status: { equals: 'scheduled' } }),
    },
    {
      name: 'locale',
      label: adminText.previewLanguage,
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: previewLinkLocales.map((value) => ({
        value,
        label:
          value === 'all'
            ? adminText.previewAllLanguages
            : (locales.find((l) => l.code === value)?.label ?? value),
      })),
    },
    {
      name: 'note',
      label: adminText.previewNote,
      type: 'text',
      required: true,
      admin: { description: adminText.previewNoteHelp },
    },
    {
      name: 'expiresAt',
      label: adminText.previewExpiresAt,
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' } },
      validate: (value: unknown, { previousValue }) => expiryProblem(value, previousValue) ?? true,
    },
    {
      name: 'revoked',
      label: adminText.previewRevoked,
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: adminText.previewRevokedHelp },
    },
    {
      name: 'revokedAt',
      label: adminText.previewRevokedAt,
      type: 'date',
      access: systemManaged,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.revokedAt),
      },
    },
    {
      name: 'address',
      type: 'ui',
      admin: {
        components: { Field: '@/components/admin/PreviewLinkAddress.client#PreviewLinkAddress' },
      },
    },
    {
      name: 'token',
      type: 'text',
      access: { read: isEditorField, ...systemManaged },
      admin: { hidden: true },
    },
    {
      name: 'tokenHash',
      type: 'text',
      unique: true,
      access: { read: systemOnly, ...systemManaged },
      admin: { hidden: true },
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { systemOnly } from '@/access/systemOnly'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { locales, sourceLocale } from '@/i18n/locales'
import { releaseStatuses } from '@/lib/releases/status'
import { isTimeZone } from '@/lib/timeZones'

import { approveOnSave } from './hooks/approve'
import { deletePreviewLinks } from './hooks/deleteLinks'
import { letGoOnChange, letGoOnDelete } from './hooks/letGo'

const systemManaged = { create: systemOnly, update: systemOnly }

const statusLabels = {
  scheduled: adminText.releaseScheduled,
  published: adminText.releasePublished,
  failed: adminText.releaseFailed,
}

/**
 * Statements, each in the languages that must go out together, and the reactions that belong with
 * them, published at one moment or not at all (lib/releases/). Newsroom only: nothing of a release
 * is public before its moment, not even that it exists.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: collectionLabels(adminText.release, adminText.releases),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'moment', 'status'],
    components: { beforeList: ['@/components/admin/ReleaseCalendar#ReleaseCalendar'] },
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'moment',
  fields: [
    { name: 'title', label: adminText.releaseTitle, type: 'text', required: true },
    {
      name: 'moment',
      label: adminText.moment,
      type: 'date',
      required: true,
      index: true,
      // The zone is stored as text, like a person's own (collections/Users/timeZoneField.ts): a
      // database enum of the runtime's zone list would break on the next runtime's list.
      timezone: {
        override: ({ baseField }) => ({
          name: baseField.name,
          type: 'text',
          required: true,
          admin: { hidden: true },
          validate: (value: unknown) =>
            (typeof value === 'string' && isTimeZone(value)) ||
            'Choose the time zone the moment is given in.',
        }),
      },
      admin: {
        description: adminText.momentHelp,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
      },
    },
    {
      name: 'statements',
      label: adminText.releaseStatements,
      type: 'array',
      fields: [
        {
          name: 'statement',
          label: adminText.statement,
          type: 'relationship',
          relationTo: 'statements',
          required: true,
        },
        {
          name: 'languages',
          label: adminText.releaseLanguages,
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: [sourceLocale],
          options: locales.map(({ code, label }) => ({ value: code, label })),
          admin: { description: adminText.releaseLanguagesHelp },
          validate: (value: unknown) =>
            (Array.isArray(value) && value.includes(sourceLocale)) ||
            'English is always released: it is the original the other languages are translated from.',
        },
      ],
    },
    {
      name: 'reactions',
      label: adminText.releaseReactions,
      type: 'relationship',
      relationTo: 'reactions',
      hasMany: true,
    },
    {
      name: 'status',
      label: adminText.releaseStatus,
      type: 'select',
      index: true,
      options: releaseStatuses.map((value) => ({ value, label: statusLabels[value] })),
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'failureReason',
      label: adminText.failureReason,
      type: 'text',
      access: systemManaged,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => data?.status === 'failed',
      },
    },
    {
      name: 'publishedAt',
      label: adminText.releasePublishedAt,
      type: 'date',
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    // What the editor approved by scheduling (lib/releases/snapshot.ts): the versions that go live.
    { name: 'snapshot', type: 'json', access: systemManaged, admin: { hidden: true } },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    beforeChange: [approveOnSave],
    afterChange: [letGoOnChange],
    beforeDelete: [deletePreviewLinks],
    afterDelete: [letGoOnDelete],
  },
}

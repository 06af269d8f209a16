import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { systemOnly } from '@/access/systemOnly'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText, jobStatusText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { statementLanguage } from '@/fields/statementLanguage'
import { cancelledStatus, jobStatuses } from '@/lib/translationJobs/rules'

import { readTranslationJobs } from './access'
import { askEndpoint } from './endpoints'
import { checkJob } from './hooks/checkJob'
import { tellAssignee } from './hooks/tellAssignee'

const systemManaged = { create: systemOnly, update: systemOnly }

/**
 * One statement asked for in one language: who translates it and by when. Editors ask (here, or
 * from the statement's languages panel, POST /api/translation-jobs/ask), change and cancel; the
 * status follows the translation (lib/translationJobs/sync.ts); the assignee is emailed and
 * reminded (lib/translationJobs/notify.ts).
 */
export const TranslationJobs: CollectionConfig = {
  slug: 'translation-jobs',
  labels: collectionLabels(adminText.translationJob, adminText.translationJobs),
  admin: {
    defaultColumns: ['statement', 'locale', 'assignee', 'dueAt', 'status'],
    description: adminText.translationJobsHelp,
  },
  access: {
    read: readTranslationJobs,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  defaultSort: 'dueAt',
  endpoints: [askEndpoint],
  fields: [
    statementLanguage(),
    {
      name: 'assignee',
      label: adminText.jobAssignee,
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { description: adminText.jobAssigneeHelp },
    },
    {
      name: 'dueAt',
      label: adminText.jobDueAt,
      type: 'date',
      index: true,
      admin: {
        description: adminText.jobDueAtHelp,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    { name: 'note', label: adminText.jobNote, type: 'textarea' },
    {
      name: 'status',
      label: adminText.status,
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: jobStatuses.map((value) => ({ value, label: jobStatusText[value] })),
      // Offer where it is and cancelling; the hook has the last word.
      filterOptions: ({ options, data }) =>
        options.filter((option) => {
          const value = typeof option === 'string' ? option : option.value
          return value === data?.status || value === cancelledStatus
        }),
      access: { create: systemOnly },
      admin: { position: 'sidebar', description: adminText.jobStatusHelp },
    },
    {
      name: 'requestedBy',
      label: adminText.jobRequestedBy,
      type: 'relationship',
      relationTo: 'users',
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'remindedAt',
      label: adminText.jobRemindedAt,
      type: 'date',
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId],
    beforeChange: [checkJob],
    afterChange: [tellAssignee],
  },
}

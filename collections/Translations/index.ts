import type { CollectionConfig, Option } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { systemOnly } from '@/access/systemOnly'
import { limitLength } from '@/fields/lengthLimit'
import { statementLanguage } from '@/fields/statementLanguage'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText, translationStatusText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { isTargetLocale } from '@/i18n/locales'
import { needsConfirmation, sameAsOriginal, type SegmentedText } from '@/lib/translations/segments'
import {
  actorOf,
  awaitingReview,
  canTranslateInto,
  isTranslationStatus,
  nextStatuses,
  translationStatuses,
} from '@/lib/translations/workflow'

import {
  createTranslations,
  deleteTranslations,
  readTranslations,
  updateTranslations,
} from './access'
import { translationEndpoints } from './endpoints'
import { afterReview } from './hooks/afterReview'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { requireTranslatedText } from './hooks/requireTranslatedText'
import { textFields } from './textFields'

const systemManaged = { create: systemOnly, update: systemOnly }

export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: collectionLabels(adminText.translation, adminText.translations),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locale', 'status', 'translator', 'submittedAt'],
    listSearchableFields: ['title'],
    description: adminText.translationsHelp,
  },
  access: {
    read: readTranslations,
    create: createTranslations,
    update: updateTranslations,
    delete: deleteTranslations,
  },
  defaultSort: '-updatedAt',
  endpoints: translationEndpoints,
  fields: [
    {
      name: 'sourceChanges',
      type: 'ui',
      admin: {
        components: {
          Field: '@/components/admin/TranslationSourceChanges#TranslationSourceChanges',
        },
      },
    },
    {
      name: 'memoryProgress',
      type: 'ui',
      admin: {
        components: {
          Field: '@/components/admin/TranslationMemoryProgress#TranslationMemoryProgress',
        },
      },
    },
    // Only the languages this person may translate into (enforceWorkflow has the last word).
    statementLanguage(({ options, req: { user } }) =>
      options.filter((option) => {
        const locale = optionValue(option)
        return isTargetLocale(locale) && canTranslateInto(user, locale)
      }),
    ),
    ...textFields,
    {
      name: 'memorySuggestions',
      type: 'ui',
      admin: {
        components: { Field: '@/components/admin/MemorySuggestions#MemorySuggestions' },
      },
    },
    limitLength('slug', {
      name: 'slug',
      label: adminText.slug,
      type: 'text',
      admin: {
        position: 'sidebar',
        description: adminText.translationSlugHelp,
        components: { Field: '@/components/admin/FollowingSlug.client#FollowingSlug' },
      },
    }),
    {
      name: 'status',
      label: adminText.status,
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: translationStatuses.map((value) => ({ value, label: translationStatusText[value] })),
      // Offer only the moves this person may make from here; enforceWorkflow has the last word.
      filterOptions: ({ options, data, req: { user } }) => {
        const status = isTranslationStatus(data?.status) ? data.status : 'draft'
        const allowed = nextStatuses(actorOf(user), status)
        return options.filter((option) => allowed.includes(optionValue(option) as never))
      },
      admin: { position: 'sidebar' },
    },
    {
      name: 'textCheck',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/TranslationCheck#TranslationCheck' },
      },
    },
    {
      // The glossary's terms in each part of the original, and, in review, where they are missing.
      name: 'glossaryTerms',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/GlossaryTerms#GlossaryTerms' },
      },
    },
    {
      // The reviewer's word for this accept only: not stored, so it never outlives the review it was given in.
      name: 'acceptSameAsOriginal',
      label: adminText.acceptSameAsOriginal,
      type: 'checkbox',
      virtual: true,
      access: { create: isEditorField, update: isEditorField },
      admin: {
        position: 'sidebar',
        readOnly: false,
        description: adminText.acceptSameAsOriginalHelp,
        // Offered while the translation waits for review and some of its prose reads as the original.
        condition: (data) =>
          awaitingReview(data) &&
          sameAsOriginal(data.sourceSnapshot ?? {}, data as SegmentedText).some(needsConfirmation),
      },
    },
    {
      name: 'reviewComment',
      label: adminText.reviewComment,
      type: 'textarea',
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar', description: adminText.reviewCommentHelp },
    },
    {
      name: 'translator',
      label: adminText.translator,
      type: 'relationship',
      relationTo: 'users',
      access: systemManaged,
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewer',
      label: adminText.reviewer,
      type: 'relationship',
      relationTo: 'users',
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'submittedAt',
      label: adminText.submittedAt,
      type: 'date',
      access: systemManaged,
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewedAt',
      label: adminText.reviewedAt,
      type: 'date',
      access: systemManaged,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'sourceRevision', type: 'text', access: systemManaged, admin: { hidden: true } },
    { name: 'sourceSnapshot', type: 'json', access: systemManaged, admin: { hidden: true } },
    {
      name: 'history',
      label: adminText.history,
      type: 'array',
      access: systemManaged,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              required: true,
              options: translationStatuses.map((value) => ({
                value,
                label: translationStatusText[value],
              })),
            },
            { name: 'by', type: 'relationship', relationTo: 'users' },
            {
              name: 'at',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        { name: 'comment', type: 'textarea' },
      ],
    },
  ],
  // The workflow already decides who may edit when (the translator while drafting, editors while
  // in review), and the admin's edit lock outlived a submit: the reviewing editor met "locked by
  // the translator" for minutes after the translator was done.
  lockDocuments: false,
  hooks: {
    beforeOperation: [rejectMalformedId],
    beforeChange: [enforceWorkflow, requireTranslatedText],
    afterChange: [afterReview],
  },
}

function optionValue(option: Option): string {
  return typeof option === 'string' ? option : option.value
}

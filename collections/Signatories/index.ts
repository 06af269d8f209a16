import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access/isEditor'
import { publicSignatoryOrEditor } from '@/access/publicSignatory'
import { systemOnly } from '@/access/systemOnly'
import { existingRelation } from '@/fields/existingRelation'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { localeInfo, sourceLocale } from '@/i18n/locales'
import { signatoryTypes } from '@/lib/signatories/kinds'
import { slugify } from '@/lib/text/slugify'
import { isWebUrl } from '@/lib/text/webUrl'

import { deleteSignatures } from './hooks/deleteSignatures'
import { revalidateSignatory, revalidateSignatoryDelete } from './hooks/revalidateSignatory'

const editorsOnly = { read: isEditorField, create: isEditorField, update: isEditorField }

/**
 * Organizations (and individuals) that sign joint statements. One record each, whatever it
 * signs: its name is localized where it has one, and the signatures are in `signatures`.
 */
export const Signatories: CollectionConfig = {
  slug: 'signatories',
  labels: collectionLabels(adminText.signatory, adminText.signatories),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'type', 'publicSignatures'],
    listSearchableFields: ['name', 'slug'],
    group: adminText.jointStatements,
  },
  access: { read: publicSignatoryOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'slug',
  fields: [
    {
      name: 'name',
      label: adminText.name,
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { description: adminText.signatoryNameHelp },
      // Required in the source language only: the others fall back to it.
      validate: (
        value: unknown,
        { req, operation }: { req: { locale?: string | null }; operation?: string },
      ) => {
        if (value != null && typeof value !== 'string') return 'The name is text.'
        if (req.locale === sourceLocale)
          return Boolean(value?.trim()) || 'An organization needs its name in English.'
        const source = localeInfo(sourceLocale).label
        return (
          operation !== 'create' ||
          `An organization is entered in ${source} first: switch the locale to ${source} to create it.`
        )
      },
    },
    {
      name: 'slug',
      label: adminText.slug,
      type: 'text',
      unique: true,
      index: true,
      maxLength: 120,
      admin: { position: 'sidebar', description: adminText.signatorySlugHelp },
      hooks: {
        beforeValidate: [
          ({ value, siblingData, originalDoc, req }) => {
            if (typeof value === 'string' && value.trim())
              return slugify(value, Number.POSITIVE_INFINITY)
            // A save that leaves the address out keeps it: renaming does not move the page.
            const kept: unknown = originalDoc?.slug
            if (value === undefined && typeof kept === 'string' && kept) return kept
            const name: unknown = siblingData?.name
            return req.locale === sourceLocale && typeof name === 'string' && name.trim()
              ? slugify(name)
              : value
          },
        ],
      },
      validate: (value: unknown) =>
        (typeof value === 'string' &&
          /^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(value)) ||
        'Use lowercase letters, digits and single hyphens only.',
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          label: adminText.country,
          type: 'relationship',
          relationTo: 'states',
          required: true,
          index: true,
          admin: { width: '50%' },
          validate: existingRelation(
            'states',
            'Choose the country the organization is based in.',
            (id) => `No country has the id ${id}: choose one of the States listed in the tracker.`,
          ),
        },
        {
          name: 'type',
          label: adminText.signatoryType,
          type: 'select',
          required: true,
          defaultValue: 'member',
          options: signatoryTypes.map(({ value, label }) => ({ value, label })),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'website',
      label: adminText.website,
      type: 'text',
      maxLength: 500,
      validate: (value: string | null | undefined) =>
        !value ||
        isWebUrl(value) ||
        'The website must be a web address starting with https:// or http://.',
    },
    {
      name: 'contactEmail',
      label: adminText.contactEmail,
      type: 'email',
      access: editorsOnly,
      admin: { description: adminText.contactEmailHelp },
    },
    {
      name: 'publicSignatures',
      label: adminText.publicSignatures,
      type: 'number',
      defaultValue: 0,
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: adminText.publicSignaturesHelp,
      },
    },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    afterChange: [revalidateSignatory],
    beforeDelete: [deleteSignatures],
    afterDelete: [revalidateSignatoryDelete],
  },
}

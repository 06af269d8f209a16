import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { isStaffField } from '@/access/isStaffField'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { revalidateReactions, revalidateReactionsDelete } from '@/hooks/revalidateReactions'
import { dayOnly } from '@/fields/dayOnly'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { regionalGroups } from '@/lib/reactions/regionalGroups'

import { keepSignatoriesCountry } from './hooks/keepSignatoriesCountry'

/**
 * States, with the dates that make one a party to the Rome Statute: whether it is a party on a
 * given day is computed from them (lib/reactions/partyStatus.ts), never stored.
 */
export const States: CollectionConfig = {
  slug: 'states',
  labels: collectionLabels(adminText.state, adminText.states),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'iso2', 'regionalGroup', 'entryIntoForce', 'withdrawalEffective'],
    listSearchableFields: ['name', 'iso2', 'iso3'],
    group: adminText.tracker,
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'iso2',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'iso2',
          label: 'ISO 3166-1 alpha-2',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          minLength: 2,
          maxLength: 2,
          admin: { width: '25%' },
        },
        {
          name: 'iso3',
          label: 'ISO 3166-1 alpha-3',
          type: 'text',
          minLength: 3,
          maxLength: 3,
          admin: { width: '25%' },
        },
        {
          name: 'name',
          label: adminText.name,
          type: 'text',
          localized: true,
          required: true,
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'regionalGroup',
          label: adminText.regionalGroup,
          type: 'select',
          options: regionalGroups.map(({ value, label }) => ({ value, label })),
          admin: { width: '50%' },
        },
        {
          name: 'unMembership',
          label: adminText.unMembership,
          type: 'select',
          defaultValue: 'member',
          options: [
            { value: 'member', label: adminText.unMember },
            { value: 'observer', label: adminText.unObserver },
            { value: 'none', label: adminText.unNone },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'depositDate',
          label: adminText.depositDate,
          type: 'date',
          admin: { date: dayOnly, width: '33%', description: adminText.depositDateHelp },
        },
        {
          name: 'entryIntoForce',
          label: adminText.entryIntoForce,
          type: 'date',
          admin: { date: dayOnly, width: '33%', description: adminText.entryIntoForceHelp },
        },
        {
          name: 'withdrawalEffective',
          label: adminText.withdrawalEffective,
          type: 'date',
          admin: { date: dayOnly, width: '33%', description: adminText.withdrawalEffectiveHelp },
        },
      ],
    },
    {
      name: 'note',
      label: adminText.stateNote,
      type: 'textarea',
      access: { read: isStaffField },
      admin: { description: adminText.stateNoteHelp },
    },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    afterChange: [revalidateReactions],
    beforeDelete: [keepSignatoriesCountry],
    afterDelete: [revalidateReactionsDelete],
  },
}

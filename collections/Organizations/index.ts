import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { revalidateReactions, revalidateReactionsDelete } from '@/hooks/revalidateReactions'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import type { LabelledOption } from '@/i18n/label'

export const organizationKinds = [
  {
    value: 'icc-body',
    label: {
      en: 'Body of the Court or its Assembly',
      fr: 'Organe de la Cour ou de son Assemblée',
      es: 'Órgano de la Corte o de su Asamblea',
      ar: 'هيئة تابعة للمحكمة أو لجمعيتها',
    },
  },
  {
    value: 'intergovernmental',
    label: {
      en: 'Intergovernmental organization',
      fr: 'Organisation intergouvernementale',
      es: 'Organización intergubernamental',
      ar: 'منظمة حكومية دولية',
    },
  },
  {
    value: 'regional',
    label: {
      en: 'Regional organization',
      fr: 'Organisation régionale',
      es: 'Organización regional',
      ar: 'منظمة إقليمية',
    },
  },
  { value: 'other', label: { en: 'Other', fr: 'Autre', es: 'Otra', ar: 'أخرى' } },
] as const satisfies readonly LabelledOption[]

/** Actors that are not States: the European Union, the Presidency of the Assembly of States Parties ... */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: collectionLabels(adminText.organization, adminText.organizations),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'kind'], group: adminText.tracker },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', label: adminText.name, type: 'text', localized: true, required: true },
    {
      name: 'code',
      label: adminText.code,
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) ||
        'Lowercase letters, digits and hyphens, e.g. “eu” or “asp-presidency”.',
      admin: { description: adminText.organizationCodeHelp },
    },
    {
      name: 'kind',
      label: adminText.kind,
      type: 'select',
      required: true,
      defaultValue: 'intergovernmental',
      options: organizationKinds.map(({ value, label }) => ({ value, label })),
    },
    { name: 'website', label: adminText.website, type: 'text' },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    afterChange: [revalidateReactions],
    afterDelete: [revalidateReactionsDelete],
  },
}

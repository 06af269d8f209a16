import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { releaseDatePattern } from '@/lib/dataReleases/layout'

import { neverChange } from './hooks/neverChange'
import { revalidateReleases } from './hooks/revalidateReleases'
import { makeEndpoint } from './makeEndpoint'

const nobody = () => false

/**
 * Dated snapshots of the open data, served at /data/releases/<date>/… (lib/dataReleases/). Made
 * only by lib/dataReleases/make.ts (the monthly round, an editor's button), never by a create
 * request with files of its own; never updated or deleted by anyone.
 */
export const DataReleases: CollectionConfig = {
  slug: 'data-releases',
  labels: collectionLabels(adminText.dataRelease, adminText.dataReleases),
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'schemaVersion', 'madeBy', 'contentHash'],
    components: { beforeList: ['@/components/admin/DataReleaseMaker#DataReleaseMaker'] },
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-date',
  endpoints: [makeEndpoint],
  fields: [
    {
      name: 'date',
      label: adminText.dataReleaseDate,
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        (typeof value === 'string' && releaseDatePattern.test(value)) ||
        'A data release is dated YYYY-MM-DD.',
    },
    {
      name: 'schemaVersion',
      label: adminText.dataReleaseSchemaVersion,
      type: 'text',
      required: true,
    },
    { name: 'contentHash', label: adminText.dataReleaseHash, type: 'text', required: true },
    {
      name: 'madeBy',
      label: adminText.dataReleaseMadeBy,
      type: 'select',
      required: true,
      options: [
        { value: 'schedule', label: adminText.dataReleaseBySchedule },
        { value: 'editor', label: adminText.dataReleaseByEditor },
      ],
    },
    {
      name: 'editor',
      label: adminText.dataReleaseEditor,
      type: 'relationship',
      relationTo: 'users',
      admin: { condition: (data) => data?.madeBy === 'editor' },
    },
    // Per language, the data hash (lib/openData/current.ts) and each file's exact text.
    { name: 'hashes', type: 'json', required: true, admin: { hidden: true } },
    { name: 'files', type: 'json', required: true, admin: { hidden: true } },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, neverChange],
    afterChange: [revalidateReleases],
  },
}

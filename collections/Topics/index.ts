import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { slugField } from '@/fields/slug'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'

import { revalidateTopic, revalidateTopicDelete } from './hooks/revalidateTopic'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    afterChange: [revalidateTopic],
    afterDelete: [revalidateTopicDelete],
  },
}

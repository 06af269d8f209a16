import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access/isEditor'
import { publicSignatureOrEditor } from '@/access/publicSignatureOrEditor'
import { systemOnly } from '@/access/systemOnly'
import { dayOnly } from '@/fields/dayOnly'
import { existingRelation } from '@/fields/existingRelation'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { signatureStatuses } from '@/lib/signatories/kinds'
import { editorsSignatureFilter } from '@/lib/signatories/signOnAdmin'

import {
  lockBeforeDelete,
  lockCounted,
  recountAfterChange,
  recountAfterDelete,
} from './hooks/publicCount'
import { stampVerification } from './hooks/stampVerification'
import { refuseSecondSignature } from './hooks/uniquePair'

/** Editors read these; only the application writes them (the verification stamp, the sign-on form). */
const recorded = { read: isEditorField, create: systemOnly, update: systemOnly }
const recordedAdmin = {
  readOnly: true,
  position: 'sidebar',
  description: adminText.signOnHelp,
} as const

/**
 * An organization's signature of a statement. Readers see it once verified, on a published
 * statement; a statement with a verified signature is a joint statement (never a stored flag).
 */
export const Signatures: CollectionConfig = {
  slug: 'signatures',
  labels: collectionLabels(adminText.signature, adminText.signatures),
  admin: {
    defaultColumns: ['signatory', 'statement', 'signedAt', 'status', 'confirmedAt'],
    group: adminText.jointStatements,
    baseFilter: () => editorsSignatureFilter,
  },
  access: { read: publicSignatureOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: '-signedAt',
  // An organization signs a statement once: the database holds it even against two saves at once.
  indexes: [{ fields: ['statement', 'signatory'], unique: true }],
  fields: [
    {
      name: 'statement',
      label: adminText.statement,
      type: 'relationship',
      relationTo: 'statements',
      required: true,
      index: true,
      validate: existingRelation(
        'statements',
        'Choose the statement that is signed.',
        (id) => `No statement has the id ${id}.`,
      ),
    },
    {
      name: 'signatory',
      label: adminText.signatory,
      type: 'relationship',
      relationTo: 'signatories',
      required: true,
      index: true,
      validate: existingRelation(
        'signatories',
        'Choose the organization that signs.',
        (id) => `No organization has the id ${id}.`,
      ),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'signedAt',
          label: adminText.signedAt,
          type: 'date',
          required: true,
          admin: { width: '50%', date: dayOnly },
        },
        {
          name: 'status',
          label: adminText.signatureStatus,
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'requested',
          options: signatureStatuses.map(({ value, label }) => ({ value, label })),
          admin: { width: '50%', description: adminText.signatureStatusHelp },
        },
      ],
    },
    {
      name: 'verifiedBy',
      label: adminText.verifiedBy,
      type: 'relationship',
      relationTo: 'users',
      access: recorded,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'verifiedAt',
      label: adminText.verifiedAt,
      type: 'date',
      access: recorded,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'signerName',
      label: adminText.signerName,
      type: 'text',
      access: recorded,
      admin: recordedAdmin,
    },
    {
      name: 'signerRole',
      label: adminText.signerRole,
      type: 'text',
      access: recorded,
      admin: recordedAdmin,
    },
    {
      name: 'requestEmail',
      label: adminText.requestEmail,
      type: 'email',
      access: recorded,
      admin: recordedAdmin,
    },
    {
      name: 'confirmedAt',
      label: adminText.confirmedAt,
      type: 'date',
      access: recorded,
      admin: recordedAdmin,
    },
    {
      // Only a hash of the emailed confirmation link is kept, and nobody reads it through Payload.
      name: 'confirmationTokenHash',
      type: 'text',
      access: { read: systemOnly, create: systemOnly, update: systemOnly },
      admin: { hidden: true },
    },
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    beforeChange: [refuseSecondSignature, stampVerification, lockCounted],
    afterChange: [recountAfterChange],
    beforeDelete: [lockBeforeDelete],
    afterDelete: [recountAfterDelete],
  },
}

import type { Field } from 'payload'

import { systemOnly } from '@/access/systemOnly'
import { adminText } from '@/i18n/adminText'
import { correctedFields, reasonMaxLength } from '@/lib/reactions/corrections'

const fieldLabels = {
  stance: adminText.stance,
  date: adminText.reactionDate,
  quote: adminText.quote,
  sourceUrl: adminText.sourceUrl,
}

/**
 * The public log of corrections (lib/reactions/corrections.ts) and the reason an editor gives for
 * one. Only the server writes the log (its hook), so no request can forge, alter or remove an entry.
 */
export const correctionFields: Field[] = [
  {
    name: 'correctionReason',
    label: adminText.correctionReason,
    type: 'textarea',
    virtual: true,
    maxLength: reasonMaxLength,
    admin: {
      // Payload makes virtual fields read-only in the admin unless told otherwise.
      readOnly: false,
      description: adminText.correctionReasonHelp,
      condition: (data) => Boolean(data?.verified),
    },
  },
  {
    name: 'corrections',
    label: adminText.corrections,
    type: 'array',
    access: { create: systemOnly, update: systemOnly },
    admin: {
      readOnly: true,
      description: adminText.correctionsHelp,
      condition: (data) => Array.isArray(data?.corrections) && data.corrections.length > 0,
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'correctedAt',
            label: adminText.correctedAt,
            type: 'date',
            required: true,
            admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'fields',
            label: adminText.correctedFields,
            type: 'select',
            hasMany: true,
            required: true,
            options: correctedFields.map((value) => ({ value, label: fieldLabels[value] })),
            admin: { width: '67%' },
          },
        ],
      },
      {
        name: 'reason',
        label: adminText.correctionReason,
        type: 'textarea',
        // Written in the editor's language; readers without it see the English, or any there is.
        localized: true,
      },
    ],
  },
]

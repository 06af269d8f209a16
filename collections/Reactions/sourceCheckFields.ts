import type { CollectionBeforeChangeHook, Field, FieldAccess } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { systemOnly } from '@/access/systemOnly'
import { adminText } from '@/i18n/adminText'
import { uncheckedSource } from '@/lib/sourceCheck/record'
import { sourceCheckStatuses } from '@/lib/sourceCheck/statuses'
import { isWebUrl } from '@/lib/text/webUrl'
import type { Reaction } from '@/payload-types'

/** A saved copy of the source, for readers when the source moves or disappears. */
export const archivedUrlField: Field = {
  name: 'archivedUrl',
  label: adminText.archivedUrl,
  type: 'text',
  validate: (value: string | null | undefined) =>
    !value ||
    isWebUrl(value) ||
    'The archived copy must be a web address starting with https:// or http://.',
  admin: { description: adminText.archivedUrlHelp },
}

// Written by the source check alone (lib/sourceCheck/), read by staff alone.
const systemWritten: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: isStaffField,
  create: systemOnly,
  update: systemOnly,
}

const statusLabels = {
  ok: adminText.sourceCheckOk,
  redirected: adminText.sourceCheckRedirected,
  failed: adminText.sourceCheckFailed,
  unreachable: adminText.sourceCheckUnreachable,
}

/** What the last check of the source address found (lib/sourceCheck/), shown once there is one. */
export const sourceCheckFields: Field[] = [
  {
    type: 'collapsible',
    label: adminText.sourceCheck,
    admin: {
      position: 'sidebar',
      description: adminText.sourceCheckHelp,
      condition: (data) => Boolean(data?.sourceCheckedAt),
    },
    fields: [
      {
        name: 'sourceCheckStatus',
        label: adminText.sourceCheckStatus,
        type: 'select',
        index: true,
        options: sourceCheckStatuses.map((value) => ({ value, label: statusLabels[value] })),
        access: systemWritten,
        admin: {
          readOnly: true,
          components: { Cell: '@/components/admin/SourceCheckCell#SourceCheckCell' },
        },
      },
      {
        name: 'sourceCheckProblem',
        label: adminText.sourceCheckProblem,
        type: 'text',
        access: systemWritten,
        admin: { readOnly: true },
      },
      {
        name: 'sourceCheckHttpStatus',
        label: adminText.sourceCheckHttpStatus,
        type: 'number',
        access: systemWritten,
        admin: { readOnly: true },
      },
      {
        name: 'sourceFinalUrl',
        label: adminText.sourceFinalUrl,
        type: 'text',
        access: systemWritten,
        admin: { readOnly: true },
      },
      {
        name: 'sourceCheckedAt',
        label: adminText.sourceCheckedAt,
        type: 'date',
        index: true,
        access: systemWritten,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]

/** A new source address has not been checked: the old address's result no longer applies. */
export const forgetOldSourceCheck: CollectionBeforeChangeHook<Reaction> = ({
  data,
  originalDoc,
}) => {
  if (!originalDoc || data.sourceUrl === undefined || data.sourceUrl === originalDoc.sourceUrl)
    return data
  return { ...data, ...uncheckedSource }
}

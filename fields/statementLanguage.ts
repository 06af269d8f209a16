import type { RowField, SelectField } from 'payload'

import { systemOnly } from '@/access/systemOnly'
import { adminText } from '@/i18n/adminText'
import { localeInfo, targetLocales } from '@/i18n/locales'

/**
 * Which statement, into which language: the two fields side by side that translations and
 * translation jobs start from, fixed once the document exists (a change is a new one).
 * `filterOptions` narrows the languages offered.
 */
export function statementLanguage(filterOptions?: SelectField['filterOptions']): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: 'statement',
        label: adminText.statement,
        type: 'relationship',
        relationTo: 'statements',
        required: true,
        index: true,
        access: { update: systemOnly },
        admin: { width: '50%' },
      },
      {
        name: 'locale',
        label: adminText.language,
        type: 'select',
        required: true,
        index: true,
        access: { update: systemOnly },
        options: targetLocales.map((code) => ({ label: localeInfo(code).label, value: code })),
        ...(filterOptions ? { filterOptions } : {}),
        admin: { width: '50%' },
      },
    ],
  }
}

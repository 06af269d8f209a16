import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { UIFieldServerProps } from 'payload'

import { RichText } from '@/components/RichText'
import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { sourceFieldLabel } from '@/lib/translations/fieldLabels'
import { type SourceField, type SourceText } from '@/lib/translations/source'

import { languageName } from './adminLanguage'
import { sourceLocale } from '@/i18n/locales'

/**
 * The original of one field, read-only, in the left column of a translation: the source the
 * translation answers to (its recorded snapshot), so what the translator sees is what is compared later.
 */
export function TranslationSource({
  data,
  i18n,
  sourceField,
}: UIFieldServerProps & { sourceField: SourceField }) {
  const source = data?.sourceSnapshot as SourceText | null | undefined
  const label = `${inAdminLanguage(sourceFieldLabel[sourceField], i18n)} — ${inAdminLanguage(adminText.original, i18n)} (${languageName(sourceLocale)})`
  const value = source?.[sourceField]
  return (
    <div className="amicus-source field-type" lang={sourceLocale} dir="ltr">
      <div className="amicus-source__label">{label}</div>
      <div className="amicus-source__text">
        {!source ? (
          <em>{inAdminLanguage(adminText.originalMissing, i18n)}</em>
        ) : sourceField === 'body' ? (
          value ? (
            <RichText data={value as SerializedEditorState} locale={sourceLocale} />
          ) : null
        ) : (
          ((value as string | null) ?? '—')
        )}
      </div>
    </div>
  )
}

import type { I18nClient } from '@payloadcms/translations'

import { inAdminLanguage } from '@/i18n/label'
import { sourceFieldLabel } from '@/lib/translations/fieldLabels'
import type { DiffPart, FieldDiff } from '@/lib/translations/source'

/** A word-level diff of the source fields: removed words struck through, added words underlined. */
export function SourceDiff({ diff, i18n }: { diff: FieldDiff[]; i18n: I18nClient }) {
  return (
    <dl className="amicus-diff">
      {diff.map(({ field, parts }) => (
        <div key={field}>
          <dt>{inAdminLanguage(sourceFieldLabel[field], i18n)}</dt>
          <dd>
            <DiffText parts={parts} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** Removed words struck through, added words underlined. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) =>
    part.kind === 'added' ? (
      <ins key={index}>{part.text}</ins>
    ) : part.kind === 'removed' ? (
      <del key={index}>{part.text}</del>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  )
}

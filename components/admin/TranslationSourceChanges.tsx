import type { UIFieldServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { diffFromSnapshot } from '@/lib/translations/languageStates'
import { loadStatementSource } from '@/lib/translations/statementSource'

import { SourceDiff } from './SourceDiff'
import { XliffUpload } from './XliffUpload.client'
import { isTargetLocale } from '@/i18n/locales'

/**
 * Above a translation: what changed in the original since it was written (so nobody translates
 * or accepts a stale text unknowingly), and the XLIFF round trip for CAT tools.
 */
export async function TranslationSourceChanges({ data, i18n, req }: UIFieldServerProps) {
  const statement = typeof data?.statement === 'object' ? data.statement?.id : data?.statement
  const locale = data?.locale
  if (typeof statement !== 'number' || !isTargetLocale(locale)) return null
  const current = await loadStatementSource(req, statement)
  const changed = current && data?.sourceRevision && current.revision !== data.sourceRevision
  const open = data?.status === 'draft' || data?.status === 'changes_requested' || !data?.status
  return (
    <div className="amicus-translation-tools">
      {changed ? (
        <div className="amicus-notice" role="status">
          <p>{inAdminLanguage(adminText.sourceChangedSince, i18n)}</p>
          <SourceDiff
            diff={diffFromSnapshot({ sourceSnapshot: data.sourceSnapshot }, current.source)}
            i18n={i18n}
          />
          {open ? <p>{inAdminLanguage(adminText.sourceChangedHint, i18n)}</p> : null}
        </div>
      ) : null}
      <p>
        <a href={`/api/translations/xliff?statement=${statement}&locale=${locale}`}>
          {inAdminLanguage(adminText.downloadXliff, i18n)}
        </a>
      </p>
      {open ? (
        <XliffUpload
          statement={statement}
          locale={locale}
          labels={{
            title: inAdminLanguage(adminText.uploadXliff, i18n),
            help: inAdminLanguage(adminText.uploadXliffHelp, i18n),
            submit: inAdminLanguage(adminText.upload, i18n),
          }}
        />
      ) : null}
    </div>
  )
}

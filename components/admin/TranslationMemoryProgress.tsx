import type { UIFieldServerProps } from 'payload'

import { adminText, memoryProgressSummary } from '@/i18n/adminText'
import { adminLocale, inAdminLanguage } from '@/i18n/label'
import { isTargetLocale } from '@/i18n/locales'
import { progressCounts, translationProgress } from '@/lib/translationMemory/progress'
import { loadStatementSource } from '@/lib/translations/statementSource'
import { segmentName } from '@/lib/translations/segments'
import { isTranslationStatus, openStatuses } from '@/lib/translations/workflow'

/**
 * Above a translation being worked on: how many of its segments came from the translation
 * memory and which are still to translate, from the original as it is now and the translation
 * as last saved.
 */
export async function TranslationMemoryProgress({ data, i18n, req }: UIFieldServerProps) {
  const statement = typeof data?.statement === 'object' ? data.statement?.id : data?.statement
  const locale = data?.locale
  const status = data?.status ?? 'draft'
  if (typeof statement !== 'number' || !isTargetLocale(locale)) return null
  if (!isTranslationStatus(status) || !openStatuses.includes(status)) return null
  const current = await loadStatementSource(req, statement)
  if (!current) return null
  const progress = await translationProgress(req, current.source, locale, {
    title: typeof data?.title === 'string' ? data.title : '',
    standfirst: data?.standfirst,
    seoTitle: data?.seoTitle,
    description: data?.description,
    body: data?.body,
  })
  if (progress.length === 0) return null
  const toTranslate = progress.filter((item) => item.origin === 'toTranslate')
  return (
    <div className="amicus-notice amicus-memory-progress" role="status">
      <p>
        <strong>{memoryProgressSummary[adminLocale(i18n)](progressCounts(progress))}</strong>
      </p>
      {toTranslate.length > 0 ? (
        <>
          <p>{inAdminLanguage(adminText.memoryToTranslate, i18n)}</p>
          <ul>
            {toTranslate.map((item) => (
              <li key={item.id}>{segmentName(item.id)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{inAdminLanguage(adminText.memoryProgressHelp, i18n)}</p>
    </div>
  )
}

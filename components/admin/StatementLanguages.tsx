import type { I18nClient } from '@payloadcms/translations'
import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'
import { cache } from 'react'

import { adminText, localeStateText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import type { Locale } from '@/i18n/locales'
import { hasRole } from '@/lib/roles'
import { type PendingJob, pendingJobsOf, personName } from '@/lib/translationJobs/jobs'
import {
  batchedLanguageStatuses,
  type LanguageStatus,
  statementLanguages,
} from '@/lib/translations/languageStates'

import { formatDate, formatDue, languageName } from './adminLanguage'
import { AskForTranslation } from './AskForTranslation'
import { SourceDiff } from './SourceDiff'

/** One batch reader per request (React's cache is request-scoped), shared by the rows of the list. */
const listStatuses = cache(batchedLanguageStatuses)

function StateBadge({ status, i18n }: { status: LanguageStatus; i18n: I18nClient }) {
  return (
    <span className={`amicus-state amicus-state--${status.state}`}>
      {inAdminLanguage(localeStateText[status.state], i18n)}
      {status.inReview && status.state !== 'review'
        ? ` · ${inAdminLanguage(localeStateText.review, i18n)}`
        : ''}
    </span>
  )
}

const reviewLink = (id: number, locale: Locale) =>
  `/admin/collections/translations?where[and][0][statement][equals]=${id}&where[and][1][locale][equals]=${locale}&where[and][2][status][equals]=submitted`

/** Who a language is asked of, and by when. */
function JobLine({ job, i18n, zone }: { job: PendingJob; i18n: I18nClient; zone?: string | null }) {
  const assignee = typeof job.assignee === 'object' && job.assignee ? job.assignee : null
  return (
    <div className="amicus-job">
      {inAdminLanguage(adminText.jobsInProgress, i18n)}
      {assignee ? `: ${personName(assignee)}` : ''} ·{' '}
      {job.dueAt ? formatDue(job.dueAt, i18n, zone) : inAdminLanguage(adminText.noDueDate, i18n)}{' '}
      <a href={`/admin/collections/translation-jobs/${job.id}`}>#{job.id}</a>
    </div>
  )
}

/**
 * The statement's languages in the edit view's sidebar: state, what changed, what waits for
 * review; for editors, what is asked of whom by when, and the form to ask.
 */
export async function StatementLanguagesField({ id, req, i18n }: UIFieldServerProps) {
  const languages = typeof id === 'number' ? await statementLanguages(req, id) : null
  const editor = hasRole(req.user, 'admin', 'editor')
  const jobs = editor && typeof id === 'number' ? await pendingJobsOf(req, id) : []
  return (
    <div className="amicus-languages field-type">
      <h4>{inAdminLanguage(adminText.languages, i18n)}</h4>
      {!languages || typeof id !== 'number' ? (
        <p>{inAdminLanguage(adminText.translationsHelp, i18n)}</p>
      ) : (
        <ul>
          {languages.map((status) => (
            <li key={status.locale}>
              <strong>{languageName(status.locale)}</strong>{' '}
              <StateBadge status={status} i18n={i18n} />
              {status.acceptedAt ? <small> {formatDate(status.acceptedAt, i18n)}</small> : null}
              {status.inReview ? (
                <>
                  {' '}
                  <a href={reviewLink(id, status.locale)}>
                    {inAdminLanguage(adminText.review, i18n)}
                  </a>
                </>
              ) : null}
              {status.state === 'outdated' ? (
                <details>
                  <summary>{inAdminLanguage(adminText.whatChanged, i18n)}</summary>
                  <SourceDiff diff={status.changes} i18n={i18n} />
                </details>
              ) : null}
              {jobs
                .filter((job) => job.locale === status.locale)
                .map((job) => (
                  <JobLine key={job.id} job={job} i18n={i18n} zone={req.user?.timeZone} />
                ))}
              <div>
                <a href={`/api/translations/xliff?statement=${id}&locale=${status.locale}`}>
                  {inAdminLanguage(adminText.downloadXliff, i18n)}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editor && typeof id === 'number' ? (
        <AskForTranslation statement={id} pending={jobs} req={req} i18n={i18n} />
      ) : null}
    </div>
  )
}

/** The same at a glance in the statements list: one badge per language. */
export async function StatementLanguagesCell({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const statuses =
    typeof rowData?.id === 'number' ? await listStatuses(payload)(rowData.id) : undefined
  if (!statuses) return <span>{inAdminLanguage(localeStateText.missing, i18n)}</span>
  return (
    <span className="amicus-language-cell">
      {statuses.map((status) => (
        <span
          key={status.locale}
          title={`${languageName(status.locale)}: ${inAdminLanguage(localeStateText[status.state], i18n)}`}
          className={`amicus-state amicus-state--${status.state}`}
        >
          {status.locale.toUpperCase()} {inAdminLanguage(localeStateText[status.state], i18n)}
        </span>
      ))}
    </span>
  )
}

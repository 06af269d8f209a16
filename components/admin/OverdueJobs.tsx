import type { I18nClient } from '@payloadcms/translations'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import type { OverdueJobs as Overdue } from '@/lib/translationJobs/overdue'

import { formatDue, formatLateness, languageName } from './adminLanguage'

const statementLink = (id: number) => `/admin/collections/statements/${id}`
const jobLink = (id: number) => `/admin/collections/translation-jobs/${id}`

/** The editors' list of translations asked for by a date that has passed. */
export function OverdueJobs({
  overdue,
  i18n,
  zone,
}: {
  overdue: Overdue
  i18n: I18nClient
  zone: string | null | undefined
}) {
  return (
    <>
      <h3 id="overdue-jobs">
        {inAdminLanguage(adminText.overdueJobs, i18n)} ({overdue.count})
      </h3>
      {overdue.count === 0 ? (
        <p>{inAdminLanguage(adminText.noOverdueJobs, i18n)}</p>
      ) : (
        <table className="amicus-table" aria-labelledby="overdue-jobs">
          <thead>
            <tr>
              <th scope="col">{inAdminLanguage(adminText.statement, i18n)}</th>
              <th scope="col">{inAdminLanguage(adminText.language, i18n)}</th>
              <th scope="col">{inAdminLanguage(adminText.jobAssignee, i18n)}</th>
              <th scope="col">{inAdminLanguage(adminText.jobDueAt, i18n)}</th>
              <th scope="col">{inAdminLanguage(adminText.late, i18n)}</th>
            </tr>
          </thead>
          <tbody>
            {overdue.first.map((job) => (
              <tr key={job.id}>
                <td>
                  <a href={statementLink(job.statementId)}>{job.title}</a>
                </td>
                <td>
                  <a href={jobLink(job.id)}>{languageName(job.locale)}</a>
                </td>
                <td>{job.assignee ?? inAdminLanguage(adminText.unassigned, i18n)}</td>
                <td>{formatDue(job.dueAt, i18n, zone)}</td>
                <td>{formatLateness(job.dueAt, i18n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

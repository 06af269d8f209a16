import type { I18nClient } from '@payloadcms/translations'
import type { Payload, ServerProps } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/lib/roles'
import { adminText, jobStatusText, localeStateText, translationStatusText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { type Locale, targetLocales } from '@/i18n/locales'
import {
  reviewQueue,
  translationCoverage,
  translatorWork,
  type WorkPage,
} from '@/lib/translations/dashboard'
import { overdueJobs } from '@/lib/translationJobs/overdue'
import { languageStates } from '@/lib/translations/languageStates'
import type { User } from '@/payload-types'

import { formatDate, formatDue, languageName } from './adminLanguage'
import { OverdueJobs } from './OverdueJobs'
import { XliffUpload } from './XliffUpload.client'

const translationLink = (id: number) => `/admin/collections/translations/${id}`
const statementLink = (id: number) => `/admin/collections/statements/${id}`
const reviewListLink =
  '/admin/collections/translations?where[status][equals]=submitted&sort=submittedAt'

/** The page of "My translations" asked for in the address; anything unreadable, or past any real list, is the first. */
const pageParam = 'translationsPage'
const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1)

/** Above the admin's collections: a translator's work, or an editor's view of coverage and reviews. */
export async function TranslationDashboard({ payload, user, i18n, searchParams }: ServerProps) {
  if (!user) return null
  const zone = (user as User).timeZone
  if (hasRole(user, 'admin', 'editor'))
    return <EditorOverview payload={payload} i18n={i18n} zone={zone} />
  if (hasRole(user, 'translator')) {
    const work = await translatorWork(
      payload,
      user as User,
      pageNumber.parse(searchParams?.[pageParam]),
    )
    return <MyTranslations work={work} i18n={i18n} zone={zone} />
  }
  return null
}

type Zoned = { i18n: I18nClient; zone: string | null | undefined }

function MyTranslations({ work, i18n, zone }: { work: WorkPage } & Zoned) {
  return (
    <section className="amicus-dashboard" aria-labelledby="my-translations">
      <h2 id="my-translations">{inAdminLanguage(adminText.myTranslations, i18n)}</h2>
      {work.total === 0 ? (
        <p>{inAdminLanguage(adminText.myTranslationsEmpty, i18n)}</p>
      ) : (
        <WorkTable work={work} i18n={i18n} zone={zone} />
      )}
    </section>
  )
}

function WorkTable({ work, i18n, zone }: { work: WorkPage } & Zoned) {
  return (
    <>
      <table className="amicus-table">
        <thead>
          <tr>
            <th scope="col">{inAdminLanguage(adminText.statement, i18n)}</th>
            <th scope="col">{inAdminLanguage(adminText.language, i18n)}</th>
            <th scope="col">{inAdminLanguage(adminText.status, i18n)}</th>
            <th scope="col">{inAdminLanguage(adminText.jobDueAt, i18n)}</th>
            <th scope="col">{inAdminLanguage(adminText.translate, i18n)}</th>
          </tr>
        </thead>
        <tbody>
          {work.rows.map((row) => (
            <tr key={`${row.statementId}-${row.locale}`}>
              <td>{row.title}</td>
              <td>{languageName(row.locale)}</td>
              <td>
                {row.translation
                  ? inAdminLanguage(translationStatusText[row.translation.status], i18n)
                  : row.state
                    ? inAdminLanguage(localeStateText[row.state], i18n)
                    : row.job
                      ? inAdminLanguage(jobStatusText[row.job.status], i18n)
                      : null}
                {row.translation?.status === 'changes_requested' &&
                row.translation.reviewComment ? (
                  <blockquote>{row.translation.reviewComment}</blockquote>
                ) : null}
              </td>
              <td>
                {row.job?.dueAt ? (
                  <>
                    {formatDue(row.job.dueAt, i18n, zone)}
                    {row.job.overdue ? (
                      <strong className="amicus-state amicus-state--missing">
                        {' '}
                        {inAdminLanguage(adminText.overdue, i18n)}
                      </strong>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td>
                {row.translation ? (
                  <a
                    className="btn btn--style-primary btn--size-small"
                    href={translationLink(row.translation.id)}
                  >
                    {inAdminLanguage(adminText.continueTranslation, i18n)}
                  </a>
                ) : (
                  <form method="post" action="/api/translations/start">
                    <input type="hidden" name="statement" value={row.statementId} />
                    <input type="hidden" name="locale" value={row.locale} />
                    <button type="submit" className="btn btn--style-primary btn--size-small">
                      {inAdminLanguage(adminText.translate, i18n)}
                    </button>
                  </form>
                )}
                {row.translation?.status !== 'submitted' ? (
                  <details>
                    <summary>XLIFF</summary>
                    <a
                      href={`/api/translations/xliff?statement=${row.statementId}&locale=${row.locale}`}
                    >
                      {inAdminLanguage(adminText.downloadXliff, i18n)}
                    </a>
                    <XliffUpload
                      statement={row.statementId}
                      locale={row.locale}
                      labels={{
                        title: inAdminLanguage(adminText.uploadXliff, i18n),
                        help: inAdminLanguage(adminText.uploadXliffHelp, i18n),
                        submit: inAdminLanguage(adminText.upload, i18n),
                      }}
                    />
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pages work={work} i18n={i18n} />
    </>
  )
}

/** Where this page is in the whole list, and links to the pages before and after it. */
function Pages({ work, i18n }: { work: WorkPage; i18n: I18nClient }) {
  const pages = Math.ceil(work.total / work.perPage)
  if (pages <= 1) return null
  const first = (work.page - 1) * work.perPage
  const link = (page: number) => `?${pageParam}=${page}`
  return (
    <nav className="amicus-pages" aria-label={inAdminLanguage(adminText.myTranslations, i18n)}>
      {work.page > 1 ? (
        <a href={link(Math.min(work.page - 1, pages))}>{i18n.t('general:previous')}</a>
      ) : null}{' '}
      <span>
        {work.rows.length > 0 ? `${first + 1}–${first + work.rows.length}` : 0}{' '}
        {i18n.t('general:of')} {work.total}
      </span>{' '}
      {work.page < pages ? <a href={link(work.page + 1)}>{i18n.t('general:next')}</a> : null}
    </nav>
  )
}

async function EditorOverview({ payload, i18n, zone }: { payload: Payload } & Zoned) {
  const [coverage, queue, overdue] = await Promise.all([
    translationCoverage(payload),
    reviewQueue(payload),
    overdueJobs(payload),
  ])

  return (
    <section className="amicus-dashboard" aria-labelledby="translation-overview">
      <h2 id="translation-overview">{inAdminLanguage(adminText.translationCoverage, i18n)}</h2>
      <table className="amicus-table">
        <thead>
          <tr>
            <th scope="col">{inAdminLanguage(adminText.language, i18n)}</th>
            {languageStates.map((state) => (
              <th scope="col" key={state}>
                {inAdminLanguage(localeStateText[state], i18n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {targetLocales.map((locale) => {
            const count = coverage.languages[locale]
            return (
              <tr key={locale}>
                <th scope="row">{languageName(locale)}</th>
                <td>
                  {count.published} / {coverage.statements}
                </td>
                <td>{count.outdated}</td>
                <td>{count.review}</td>
                <td>{count.missing}</td>
              </tr>
            )
          })}
        </tbody>
      </table>

      <h3>
        <a href={reviewListLink}>
          {inAdminLanguage(adminText.waitingForReview, i18n)} ({queue.waiting})
        </a>
      </h3>
      {queue.oldest ? (
        <p>
          {inAdminLanguage(adminText.oldestWaiting, i18n)} {formatDate(queue.oldest, i18n)}
        </p>
      ) : (
        <p>{inAdminLanguage(adminText.noneWaiting, i18n)}</p>
      )}
      <ul>
        {queue.first.map((doc) => (
          <li key={doc.id}>
            <a href={translationLink(doc.id)}>
              {languageName(doc.locale as Locale)}: {doc.title}
            </a>{' '}
            {typeof doc.translator === 'object' && doc.translator
              ? `(${doc.translator.name || doc.translator.email})`
              : null}{' '}
            {doc.submittedAt ? <small>{formatDate(doc.submittedAt, i18n)}</small> : null}{' '}
            {typeof doc.statement === 'object' ? (
              <a href={statementLink(doc.statement.id)}>
                {inAdminLanguage(adminText.statement, i18n)}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      <OverdueJobs overdue={overdue} i18n={i18n} zone={zone} />
    </section>
  )
}

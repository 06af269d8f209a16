import type { I18nClient } from '@payloadcms/translations'
import type { Payload, ServerProps } from 'payload'

import { hasRole } from '@/access/hasRole'
import { adminText, localeStateText, translationStatusText } from '@/i18n/adminText'
import type { Locale } from '@/i18n/locales'
import { type LanguageStatus, languageStatuses, publishedStatements, waitingForReview } from '@/lib/translations/languageStates'
import { isTargetLocale, type TargetLocale, targetLocales } from '@/lib/translations/source'
import type { Translation, User } from '@/payload-types'

import { formatDate, languageName, say } from './adminLanguage'
import { XliffUpload } from './XliffUpload.client'

/** The newest statements are the ones worth translating first; older ones stay reachable from the list. */
const statementsShown = 200

const liveStatements = (payload: Payload) => publishedStatements(payload, { newest: statementsShown })

const translationLink = (id: number) => `/admin/collections/translations/${id}`
const statementLink = (id: number) => `/admin/collections/statements/${id}`

/** Above the admin's collections: a translator's work, or an editor's view of coverage and reviews. */
export async function TranslationDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  if (hasRole(user, 'admin', 'editor')) return <EditorOverview payload={payload} i18n={i18n} />
  if (hasRole(user, 'translator')) return <MyTranslations payload={payload} i18n={i18n} user={user as User} />
  return null
}

type Row = { statementId: number; title: string; locale: TargetLocale; state: LanguageStatus['state']; mine?: Translation }

async function MyTranslations({ payload, i18n, user }: { payload: Payload; i18n: I18nClient; user: User }) {
  const languages = (user.languages ?? []).filter(isTargetLocale)
  const statements = await liveStatements(payload)
  const waiting = await waitingForReview(payload, statements.map((doc) => doc.id))
  const { docs: mine } = await payload.find({
    collection: 'translations',
    where: { and: [{ translator: { equals: user.id } }, { status: { in: ['draft', 'changes_requested', 'submitted'] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const mineFor = (statementId: number, locale: TargetLocale) => mine.find((doc) => doc.statement === statementId && doc.locale === locale)

  const rows: Row[] = []
  for (const statement of statements) {
    const statuses = languageStatuses(statement, waiting.get(statement.id) ?? new Set())
    for (const status of statuses.filter((item) => languages.includes(item.locale))) {
      const own = mineFor(statement.id, status.locale)
      if (own || status.state === 'missing' || status.state === 'outdated') {
        rows.push({ statementId: statement.id, title: statement.title, locale: status.locale, state: status.state, mine: own })
      }
    }
  }
  // Work sent back first, then what is missing or outdated, then what waits for an editor.
  const order = (row: Row) => (row.mine?.status === 'changes_requested' ? 0 : row.mine?.status === 'draft' ? 1 : row.mine?.status === 'submitted' ? 3 : 2)
  rows.sort((a, b) => order(a) - order(b))

  return (
    <section className="amicus-dashboard" aria-labelledby="my-translations">
      <h2 id="my-translations">{say(adminText.myTranslations, i18n)}</h2>
      {rows.length === 0 ? (
        <p>{say(adminText.myTranslationsEmpty, i18n)}</p>
      ) : (
        <table className="amicus-table">
          <thead>
            <tr>
              <th scope="col">{say(adminText.statement, i18n)}</th>
              <th scope="col">{say(adminText.language, i18n)}</th>
              <th scope="col">{say(adminText.status, i18n)}</th>
              <th scope="col">{say(adminText.translate, i18n)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.statementId}-${row.locale}`}>
                <td>{row.title}</td>
                <td>{languageName(row.locale)}</td>
                <td>
                  {row.mine ? say(translationStatusText[row.mine.status], i18n) : say(localeStateText[row.state], i18n)}
                  {row.mine?.status === 'changes_requested' && row.mine.reviewComment ? <blockquote>{row.mine.reviewComment}</blockquote> : null}
                </td>
                <td>
                  {row.mine ? (
                    <a className="btn btn--style-primary btn--size-small" href={translationLink(row.mine.id)}>
                      {say(adminText.continueTranslation, i18n)}
                    </a>
                  ) : (
                    <form method="post" action="/api/translations/start">
                      <input type="hidden" name="statement" value={row.statementId} />
                      <input type="hidden" name="locale" value={row.locale} />
                      <button type="submit" className="btn btn--style-primary btn--size-small">
                        {say(adminText.translate, i18n)}
                      </button>
                    </form>
                  )}
                  {row.mine?.status !== 'submitted' ? (
                    <details>
                      <summary>XLIFF</summary>
                      <a href={`/api/translations/xliff?statement=${row.statementId}&locale=${row.locale}`}>{say(adminText.downloadXliff, i18n)}</a>
                      <XliffUpload
                        statement={row.statementId}
                        locale={row.locale}
                        labels={{ title: say(adminText.uploadXliff, i18n), help: say(adminText.uploadXliffHelp, i18n), submit: say(adminText.upload, i18n) }}
                      />
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

async function EditorOverview({ payload, i18n }: { payload: Payload; i18n: I18nClient }) {
  const statements = await liveStatements(payload)
  const waiting = await waitingForReview(payload, statements.map((doc) => doc.id))
  const counts = new Map(targetLocales.map((locale) => [locale, { published: 0, outdated: 0, review: 0, missing: 0 }]))
  for (const statement of statements) {
    for (const status of languageStatuses(statement, waiting.get(statement.id) ?? new Set())) counts.get(status.locale)![status.state] += 1
  }
  const submitted = await payload.find({
    collection: 'translations',
    where: { status: { equals: 'submitted' } },
    sort: 'submittedAt',
    depth: 1,
    limit: 10,
    overrideAccess: true,
  })
  const oldest = submitted.docs[0]?.submittedAt

  return (
    <section className="amicus-dashboard" aria-labelledby="translation-overview">
      <h2 id="translation-overview">{say(adminText.translationCoverage, i18n)}</h2>
      <table className="amicus-table">
        <thead>
          <tr>
            <th scope="col">{say(adminText.language, i18n)}</th>
            {(['published', 'outdated', 'review', 'missing'] as const).map((state) => (
              <th scope="col" key={state}>{say(localeStateText[state], i18n)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...counts].map(([locale, count]) => (
            <tr key={locale}>
              <th scope="row">{languageName(locale)}</th>
              <td>{count.published} / {statements.length}</td>
              <td>{count.outdated}</td>
              <td>{count.review}</td>
              <td>{count.missing}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>
        {say(adminText.waitingForReview, i18n)} ({submitted.totalDocs})
      </h3>
      {oldest ? (
        <p>
          {say(adminText.oldestWaiting, i18n)} {formatDate(oldest, i18n)}
        </p>
      ) : (
        <p>{say(adminText.noneWaiting, i18n)}</p>
      )}
      <ul>
        {submitted.docs.map((doc) => (
          <li key={doc.id}>
            <a href={translationLink(doc.id)}>
              {languageName(doc.locale as Locale)}: {doc.title}
            </a>{' '}
            {typeof doc.translator === 'object' && doc.translator ? `(${doc.translator.name || doc.translator.email})` : null}{' '}
            {doc.submittedAt ? <small>{formatDate(doc.submittedAt, i18n)}</small> : null}{' '}
            {typeof doc.statement === 'object' ? <a href={statementLink(doc.statement.id)}>{say(adminText.statement, i18n)}</a> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

import type { I18nClient } from '@payloadcms/translations'
import type { BeforeListServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { adminLocale, inAdminLanguage } from '@/i18n/label'
import { type CalendarItem, groupByDay, upcomingReleases } from '@/lib/releases/calendar'
import { hasRole } from '@/lib/roles'
import type { User } from '@/payload-types'

import { languageName } from './adminLanguage'

const releaseLink = (id: number) => `/admin/collections/releases/${id}`
const statementLink = (id: number) => `/admin/collections/statements/${id}`

const statusText = {
  scheduled: adminText.releaseScheduled,
  published: adminText.releasePublished,
  failed: adminText.releaseFailed,
}

function Missing({ item, i18n }: { item: CalendarItem; i18n: I18nClient }) {
  if (!item.drift) return <>{inAdminLanguage(adminText.releaseReady, i18n)}</>
  if (item.drift.kind === 'edited')
    return <>{inAdminLanguage(adminText.editedAfterApproval, i18n)}</>
  return (
    <>
      {languageName(item.drift.locale)}:{' '}
      {inAdminLanguage(adminText.translationNoLongerAccepted, i18n)}
    </>
  )
}

/**
 * Above the releases list: what goes out when, day by day in the viewer's own time zone (their
 * account's, else UTC), each statement with its languages and what would stop it now; a failed
 * release with its reason.
 */
export async function ReleaseCalendar({ payload, user, i18n }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const zone = (user as User).timeZone || 'UTC'
  const days = groupByDay(await upcomingReleases(payload), zone)
  const language = adminLocale(i18n)
  const dayLabel = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: zone })
  const timeLabel = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: zone })
  return (
    <section className="amicus-dashboard" aria-labelledby="upcoming-releases">
      <h2 id="upcoming-releases">{inAdminLanguage(adminText.upcomingReleases, i18n)}</h2>
      <p>
        {inAdminLanguage(adminText.timesIn, i18n)} {zone.replaceAll('_', ' ')}
      </p>
      {days.length === 0 && <p>{inAdminLanguage(adminText.noUpcomingReleases, i18n)}</p>}
      {days.map(({ day, releases }) => (
        <div key={day}>
          <h3>{dayLabel.format(new Date(releases[0].moment))}</h3>
          <table className="amicus-table">
            <thead>
              <tr>
                <th scope="col">{inAdminLanguage(adminText.releaseTime, i18n)}</th>
                <th scope="col">{inAdminLanguage(adminText.release, i18n)}</th>
                <th scope="col">{inAdminLanguage(adminText.releaseStatements, i18n)}</th>
                <th scope="col">{inAdminLanguage(adminText.releaseMissing, i18n)}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release) => (
                <tr key={release.id}>
                  <td>{timeLabel.format(new Date(release.moment))}</td>
                  <td>
                    <a href={releaseLink(release.id)}>{release.title}</a>
                    <br />
                    {release.status && inAdminLanguage(statusText[release.status], i18n)}
                  </td>
                  <td>
                    <ul>
                      {release.items.map((item) => (
                        <li key={item.statement}>
                          <a href={statementLink(item.statement)}>{item.title}</a> (
                          {item.languages.map(languageName).join(', ')})
                        </li>
                      ))}
                    </ul>
                    {release.reactions > 0 &&
                      `${inAdminLanguage(adminText.reactionsInRelease, i18n)} ${release.reactions}`}
                  </td>
                  <td>
                    {release.status === 'failed' ? (
                      release.failureReason
                    ) : (
                      <ul>
                        {release.items.map((item) => (
                          <li key={item.statement}>
                            <Missing item={item} i18n={i18n} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}

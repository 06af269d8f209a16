import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { filtersToQuery, type SortKey, type TrackerFilters } from '@/lib/reactions/filters'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { StateRow } from '@/lib/reactions/stateRows'
import { messageKey } from '@/lib/text/messageKey'

import { remembered } from './remembered'
import { Swatch } from './Swatch'
import { stanceColors } from './WorldMap'

/** The States the filters keep, one a row; each column heading is a link that sorts by it. */
export async function TrackerTable({
  locale,
  rows,
  filters,
  today,
}: {
  locale: Locale
  rows: StateRow[]
  filters: TrackerFilters
  today: string
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const date = remembered((day) => format.dateTime(calendarDay(day), { dateStyle: 'long' }))
  const stanceLabel = remembered((stance) => t('stance', { stance }))
  const groupName = remembered((group) => t('groupName', { group: messageKey(group) }))
  const [yes, no, source, sample] = [t('yes'), t('no'), t('source'), t('sample')]

  const column = (key: SortKey, label: string) => {
    const active = filters.sort === key
    const nextDir = active && filters.dir === 'asc' ? 'desc' : 'asc'
    return (
      <th
        scope="col"
        aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <a
          href={localized(
            locale,
            `${paths.reactions}${filtersToQuery(filters, today, { sort: key, dir: nextDir })}`,
          )}
          aria-label={t('sortBy', { column: label })}
        >
          {label}
          {active ? <span aria-hidden="true">{filters.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        </a>
      </th>
    )
  }

  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">{t('tableHeading')}</h2>
      <div className="table-scroll">
        <table className="data-table tracker__table">
          <caption>{t('tableCaption', { count: rows.length })}</caption>
          <thead>
            <tr>
              {column('name', t('stateColumn'))}
              {column('group', t('group'))}
              {column('party', t('partyColumn'))}
              {column('stance', t('stanceColumn'))}
              {column('count', t('countColumn'))}
              {column('latest', t('latestColumn'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iso2} data-iso2={row.iso2}>
                <th scope="row">
                  <a href={localized(locale, paths.state(row.iso2))}>{row.name}</a>
                </th>
                <td>{row.regionalGroup ? groupName(row.regionalGroup) : '—'}</td>
                <td>{row.party ? yes : no}</td>
                <td>
                  <Swatch color={stanceColors[row.stance ?? 'noData']} />{' '}
                  {stanceLabel(row.stance ?? 'none')}
                </td>
                <td>{row.count}</td>
                <td>
                  {row.latest ? (
                    <>
                      <time dateTime={row.latest.date}>{date(row.latest.date)}</time>{' '}
                      <a href={row.latest.sourceUrl} rel="noopener noreferrer">
                        {source}
                      </a>
                      {row.latest.sample ? (
                        <span className="badge badge--sample"> {sample}</span>
                      ) : null}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

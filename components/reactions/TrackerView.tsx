import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { ReactionItem } from '@/components/reactions/ReactionItem'
import { Timeline, bucketize, chooseUnit } from '@/components/reactions/Timeline'
import { type MapLegendItem, stanceColors, WorldMap } from '@/components/reactions/WorldMap'
import { Link } from '@/i18n/navigation'
import { type Locale, localeInfo } from '@/i18n/locales'
import { buildTracker, trackerData } from '@/lib/data/reactions'
import { paths } from '@/lib/paths'
import {
  defendedView,
  filtersToQuery,
  type SortKey,
  type TrackerFilters,
} from '@/lib/reactions/filters'
import { calendarDay } from '@/lib/reactions/partyStatus'
import { regionalGroups } from '@/lib/reactions/regionalGroups'
import { stanceValues } from '@/lib/reactions/stances'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import { messageKey } from '@/lib/text/messageKey'

/** The tracker's title, description and language alternates: its default and filtered views share them. */
export async function trackerMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return {
    title: t('title'),
    description: t('description'),
    alternates: alternatesFor(locale, everyLocale(paths.reactions)),
  }
}

/** The colour key of a stance next to its name; the colour comes from the same palette as the map. */
function Swatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} />
}

/**
 * The tracker: headline counts, breakdown by regional group, a map, a sortable and filterable
 * table that is the map's text equivalent, a timeline and the open data links. Everything is
 * driven by GET parameters (lib/reactions/filters.ts), so it works without JavaScript and every
 * view has an address.
 */
export async function TrackerView({
  locale,
  filters,
  today,
}: {
  locale: Locale
  filters: TrackerFilters
  today: string
}) {
  const [t, format, data] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
    trackerData(locale),
  ])
  const tracker = buildTracker(data, filters)
  const { dir } = localeInfo(locale)
  const date = (day: string) => format.dateTime(calendarDay(day), { dateStyle: 'long' })
  const stanceLabel = (stance: string) => t('stance', { stance })
  const legend: MapLegendItem[] = stanceValues.map((stance) => ({
    category: stance,
    label: stanceLabel(stance),
    color: stanceColors[stance],
  }))
  const query = (overrides: Parameters<typeof filtersToQuery>[2] = {}) =>
    filtersToQuery(filters, today, overrides)

  const unit = chooseUnit(tracker.from, tracker.to)
  const buckets = bucketize(
    tracker.reactions.map((reaction) => ({ date: reaction.date, category: reaction.stance })),
    unit,
    tracker.from,
    tracker.to,
  ).map((bucket) => ({
    ...bucket,
    label: format.dateTime(
      calendarDay(bucket.start),
      unit === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' },
    ),
  }))

  const organizationReactions = tracker.reactions.filter((reaction) =>
    reaction.actors.some((actor) => actor.type === 'organization'),
  )

  const column = (key: SortKey, label: string) => {
    const active = filters.sort === key
    const nextDir = active && filters.dir === 'asc' ? 'desc' : 'asc'
    return (
      <th
        scope="col"
        aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Link
          href={`${paths.reactions}${query({ sort: key, dir: nextDir })}`}
          aria-label={t('sortBy', { column: label })}
        >
          {label}
          {active ? <span aria-hidden="true">{filters.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        </Link>
      </th>
    )
  }

  return (
    <div className="tracker">
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>

      <section aria-labelledby="headline" className="tracker__headline">
        <p id="headline" className="tracker__figure">
          {t('headline', {
            defended: tracker.defended,
            parties: tracker.parties,
            date: date(tracker.from),
          })}
          {tracker.defendedFromSamples > 0 && (
            <> {t('headlineSamples', { count: tracker.defendedFromSamples })}</>
          )}
        </p>
        {tracker.defended > 0 && (
          <p>
            <Link href={`${paths.reactions}${query(defendedView)}#table-heading`}>
              {t('defendedLink', { count: tracker.defended })}
            </Link>
          </p>
        )}
        <p>
          {t('headlineDetail', {
            reacted: tracker.reacted,
            silent: tracker.silent,
            date: date(tracker.to),
          })}
        </p>
        {tracker.hasSample && <p className="notice">{t('sampleNotice')}</p>}
      </section>

      <form method="get" className="filters" aria-label={t('filters')}>
        <label>
          {t('from')}
          <input type="date" name="from" defaultValue={filters.from ?? tracker.from} max={today} />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" defaultValue={tracker.to} max={today} />
        </label>
        <label>
          {t('stanceColumn')}
          <select name="stance" defaultValue={filters.stance ?? ''}>
            <option value="">{t('anyStance')}</option>
            {[...stanceValues, 'none' as const].map((stance) => (
              <option key={stance} value={stance}>
                {stanceLabel(stance)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('group')}
          <select name="group" defaultValue={filters.group ?? ''}>
            <option value="">{t('anyGroup')}</option>
            {regionalGroups.map(({ value }) => (
              <option key={value} value={value}>
                {t('groupName', { group: messageKey(value) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('partyFilter')}
          <select name="party" defaultValue={filters.party ?? ''}>
            <option value="">{t('anyParty')}</option>
            <option value="yes">{t('partiesOnly')}</option>
            <option value="no">{t('nonPartiesOnly')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="defended" value="yes" defaultChecked={filters.defended} />{' '}
          {t('defendedFilter')}
        </label>
        {filters.sort !== 'name' && <input type="hidden" name="sort" value={filters.sort} />}
        {filters.dir !== 'asc' && <input type="hidden" name="dir" value={filters.dir} />}
        <button type="submit">{t('apply')}</button>
        <Link href={paths.reactions}>{t('reset')}</Link>
      </form>

      <div className="tracker__summary">
        <section aria-labelledby="by-stance">
          <h2 id="by-stance">{t('byStanceHeading')}</h2>
          <ul className="stance-counts">
            {stanceValues.map((stance) => (
              <li key={stance}>
                <Swatch color={stanceColors[stance]} /> {stanceLabel(stance)}:{' '}
                <strong>{tracker.byStance[stance]}</strong>
              </li>
            ))}
            <li>
              <Swatch color={stanceColors.noData} /> {stanceLabel('none')}:{' '}
              <strong>{tracker.silent}</strong>
            </li>
          </ul>
        </section>
        <section aria-labelledby="by-group">
          <h2 id="by-group">{t('byGroupHeading')}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('group')}</th>
                <th scope="col">{t('partiesColumn')}</th>
                <th scope="col">{t('defendedColumn')}</th>
                <th scope="col">{t('silentColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {tracker.byGroup.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{t('groupName', { group: messageKey(row.group) })}</th>
                  <td>{row.parties}</td>
                  <td>{row.defended}</td>
                  <td>{row.silent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t('mapHeading')}</h2>
        <WorldMap
          countries={tracker.states.map((state) => ({
            iso2: state.iso2,
            name: state.name,
            category: state.stance,
            href: `/${locale}${paths.state(state.iso2)}`,
            description: t('mapCountry', {
              stance: stanceLabel(state.stance ?? 'none'),
              party: state.party ? 'yes' : 'no',
              sample: state.latest?.sample ? 'yes' : 'no',
            }),
          }))}
          legend={legend}
          noDataLabel={stanceLabel('none')}
          title={t('mapTitle')}
          summary={t('mapSummary')}
          dir={dir}
        />
      </section>

      <section aria-labelledby="table-heading">
        <h2 id="table-heading">{t('tableHeading')}</h2>
        <div className="table-scroll">
          <table className="data-table tracker__table">
            <caption>{t('tableCaption', { count: tracker.rows.length })}</caption>
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
              {tracker.rows.map((row) => (
                <tr key={row.iso2} data-iso2={row.iso2}>
                  <th scope="row">
                    <Link href={paths.state(row.iso2)}>{row.name}</Link>
                  </th>
                  <td>
                    {row.regionalGroup
                      ? t('groupName', { group: messageKey(row.regionalGroup) })
                      : '—'}
                  </td>
                  <td>{row.party ? t('yes') : t('no')}</td>
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
                          {t('source')}
                        </a>
                        {row.latest.sample ? (
                          <span className="badge badge--sample"> {t('sample')}</span>
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

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timelineHeading')}</h2>
        <Timeline
          buckets={buckets}
          legend={legend}
          title={t('timelineTitle', { unit })}
          tableLabel={t('timelineTable')}
          summary={t('timelineSummary', {
            count: tracker.reactions.length,
            from: date(tracker.from),
            to: date(tracker.to),
          })}
          dir={dir}
        />
      </section>

      <section aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">{t('organizationsHeading')}</h2>
        {organizationReactions.length === 0 ? (
          <p>{t('noReactions')}</p>
        ) : (
          <ul className="reaction-list">
            {organizationReactions.map((reaction) => (
              <li key={reaction.id}>
                <ReactionItem locale={locale} reaction={reaction} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="download-heading" className="tracker__download">
        <h2 id="download-heading" className="visually-hidden">
          {t('download')}
        </h2>
        <p>
          {t('download')} <a href={`/${locale}${paths.reactionsCsv}${query()}`}>CSV</a> ·{' '}
          <a href={`/${locale}${paths.reactionsJson}${query()}`}>JSON</a>
        </p>
        <p>{t('dataLicence')}</p>
      </section>
    </div>
  )
}

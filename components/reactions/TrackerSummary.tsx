import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { stanceValues } from '@/lib/reactions/stances'
import type { Tracker } from '@/lib/reactions/tracker'
import { messageKey } from '@/lib/text/messageKey'

import { Swatch } from './Swatch'
import { stanceColors } from './WorldMap'

/** The States Parties by stance, and by regional group. */
export async function TrackerSummary({ locale, tracker }: { locale: Locale; tracker: Tracker }) {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  const stanceLabel = (stance: string) => t('stance', { stance })
  return (
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
  )
}

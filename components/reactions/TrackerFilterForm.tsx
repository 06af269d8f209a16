import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import type { TrackerFilters } from '@/lib/reactions/filters'
import { regionalGroups } from '@/lib/reactions/regionalGroups'
import { stanceValues } from '@/lib/reactions/stances'
import { messageKey } from '@/lib/text/messageKey'

/**
 * The filters as a GET form, so that they work without JavaScript: an empty value is "any", and
 * the table's order is kept in hidden fields.
 */
export async function TrackerFilterForm({
  locale,
  filters,
  from,
  to,
  today,
}: {
  locale: Locale
  filters: TrackerFilters
  /** The period shown, which the form starts from when the filters leave it open. */
  from: string
  to: string
  today: string
}) {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return (
    <form method="get" className="filters" aria-label={t('filters')}>
      <label>
        {t('from')}
        <input type="date" name="from" defaultValue={filters.from ?? from} max={today} />
      </label>
      <label>
        {t('to')}
        <input type="date" name="to" defaultValue={to} max={today} />
      </label>
      <label>
        {t('stanceColumn')}
        <select name="stance" defaultValue={filters.stance ?? ''}>
          <option value="">{t('anyStance')}</option>
          {[...stanceValues, 'none' as const].map((stance) => (
            <option key={stance} value={stance}>
              {t('stance', { stance })}
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
      <a href={localized(locale, paths.reactions)}>{t('reset')}</a>
    </form>
  )
}

import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { langAttributes, type Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { calendarDay } from '@/lib/reactions/partyStatus'
import type { SignatoryEntry } from '@/lib/signatories/view'

type Props = { locale: Locale; entries: SignatoryEntry[] }

/**
 * Organizations in the order given (the reader's alphabet), each with its country and type. A
 * name English stands in for carries its own `lang`, and says so to screen readers.
 */
export async function SignatoryList({ locale, entries }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Signatories' }),
    getFormatter({ locale }),
  ])
  return (
    <ul className="signatory-list">
      {entries.map((entry) => {
        const fallback = entry.name.locale !== locale
        return (
          <li key={entry.id} className="signatory">
            <Link
              href={paths.signatory(entry.slug)}
              {...(fallback ? langAttributes(entry.name.locale) : {})}
              className="signatory__name"
            >
              {entry.name.text}
            </Link>
            {fallback && <span className="visually-hidden"> ({t('inEnglish')})</span>}
            <span className="signatory__meta">
              {' · '}
              {entry.country.name}
              {' · '}
              {t('type', { type: entry.type })}
              {' · '}
              <time dateTime={entry.signedAt}>
                {t('signedOn', {
                  date: format.dateTime(calendarDay(entry.signedAt), { dateStyle: 'medium' }),
                })}
              </time>
            </span>
          </li>
        )
      })}
    </ul>
  )
}

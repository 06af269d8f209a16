import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { kindMessageKey, type StatementKind } from '@/lib/statementKinds'

type Props = { locale: Locale; publishedAt: string; contentLocale: Locale; kind?: StatementKind }

/** Kind, date, and, when the text is not in the reader's language, which language it is in. */
export async function CardMeta({ locale, publishedAt, contentLocale, kind }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'StatementCard' }),
    getFormatter({ locale }),
  ])
  return (
    <p className="card__meta">
      {kind && (
        <>
          <span>{t('kind', { kind: kindMessageKey(kind) })}</span>
          {' · '}
        </>
      )}
      <time dateTime={publishedAt}>
        {format.dateTime(new Date(publishedAt), { dateStyle: 'long' })}
      </time>
      {contentLocale !== locale && (
        <>
          {' · '}
          <span className="badge">{t('original', { locale: contentLocale })}</span>
        </>
      )}
    </p>
  )
}

import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

type Props = { locale: Locale; moment: string; timeZone: string; published: boolean }

/**
 * The top of every press preview page: until when the release is embargoed, in the reader's
 * language and in the time zone the moment was set in (named, so no reader has to guess).
 */
export async function EmbargoBanner({ locale, moment, timeZone, published }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'PressPreview' }),
    getFormatter({ locale }),
  ])
  const when = format.dateTime(new Date(moment), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })
  if (published)
    return (
      <p className="notice" role="status">
        {t('published', { moment: when })}
      </p>
    )
  return (
    <div className="notice embargo-banner" role="status">
      <p>
        <strong>{t('embargoed', { moment: when, timeZone })}</strong>
      </p>
      <p>{t('lead')}</p>
    </div>
  )
}

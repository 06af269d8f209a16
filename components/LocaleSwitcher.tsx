import { getTranslations } from 'next-intl/server'

import { type Locale, localeCodes } from '@/i18n/locales'
import { decodeSegment } from '@/lib/locale'
import { localized } from '@/lib/paths'

import { LocaleLinks } from './LocaleLinks'

type Props = {
  current: Locale
  /** The page's path after the locale, segment by segment: none for the home page. */
  segments?: string[]
  /** A query string (with its `?`) the page's versions in other languages share. */
  query?: string
}

/**
 * This page in every language, for pages whose address is the same in all of them. Rendered on
 * the server from the route's segments (see `@switcher`), so it ships no script. Statements and
 * topics have their own switcher: their slugs differ by language.
 */
export async function LocaleSwitcher({ current, segments = [], query = '' }: Props) {
  const t = await getTranslations({ locale: current, namespace: 'LocaleSwitcher' })
  // Next may hand a segment over percent-encoded or not: decoded first, so none is encoded twice.
  const path = segments
    .map((segment) => encodeURIComponent(decodeSegment(segment) ?? segment))
    .join('/')
  const links = localeCodes.map((code) => ({ code, href: localized(code, `/${path}`) + query }))
  return (
    <LocaleLinks
      current={current}
      label={t('label')}
      originalLabel={t('originalOnly')}
      links={links}
    />
  )
}

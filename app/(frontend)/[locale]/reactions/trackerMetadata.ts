import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { withOembedDiscovery } from '@/lib/embeds/discovery'
import { localized, paths } from '@/lib/paths'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'

/** The tracker's title, description and language alternates: its default and filtered views share them. */
export async function trackerMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  return {
    title: t('title'),
    description: t('description'),
    alternates: withOembedDiscovery(
      alternatesFor(locale, everyLocale(paths.reactions)),
      localized(locale, paths.reactions),
    ),
  }
}

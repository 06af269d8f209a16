import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { type Embed, fullPagePath } from '@/lib/embeds/addresses'

/** Where an embed's figures come from: this site, linked to the full page in the same language. */
export async function EmbedCredit({ locale, embed }: { locale: Locale; embed: Embed }) {
  const [t, tMetadata] = await Promise.all([
    getTranslations({ locale, namespace: 'Embeds' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ])
  return (
    <p className="embed__credit">
      <a href={fullPagePath(locale, embed)} target="_blank" rel="noopener">
        {t('credit', { site: tMetadata('siteName'), embed: embed.kind })}
      </a>
    </p>
  )
}

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { type Embed, embedHeights, embedPath } from '@/lib/embeds/addresses'
import { iframeHtml } from '@/lib/embeds/iframe'
import { env } from '@/lib/env'

/**
 * The code a member organization copies to show `embeds` on its own site, folded away under a
 * summary. Selecting the text is all it takes: no script.
 */
export async function EmbedSnippet({
  locale,
  embeds,
  stateName = '',
}: {
  locale: Locale
  embeds: Embed[]
  /** The State's name, for the title of its card. */
  stateName?: string
}) {
  const t = await getTranslations({ locale, namespace: 'Embeds' })
  return (
    <details className="embed-snippet">
      <summary>{t('snippetSummary')}</summary>
      <p>{t('snippetIntro')}</p>
      {embeds.map((embed) => {
        const id = `embed-code-${embed.kind}`
        const code = iframeHtml({
          src: new URL(embedPath(locale, embed), env.NEXT_PUBLIC_SERVER_URL).toString(),
          title: t('title', { embed: embed.kind, state: stateName }),
          width: '100%',
          height: embedHeights[embed.kind],
        })
        return (
          <p key={id}>
            <label htmlFor={id}>{t('snippetLabel', { embed: embed.kind })}</label>
            <textarea id={id} readOnly rows={4} defaultValue={code} dir="ltr" spellCheck={false} />
          </p>
        )
      })}
    </details>
  )
}

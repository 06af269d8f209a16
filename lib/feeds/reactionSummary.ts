import { getTranslations } from 'next-intl/server'

import { type Locale, langAttributes } from '@/i18n/locales'
import type { TrackerReaction } from '@/lib/reactions/types'
import { escapeHtml } from '@/lib/proxy/answers'
import { languageName, textLanguage } from '@/lib/text/languageTag'

import { textIn, textLink } from './atom'

/** The reactions in the order feeds list them: newest first, the one entered last first on a day. */
export const newestFirst = (reactions: TrackerReaction[]) =>
  [...reactions].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)

/**
 * A reaction as a feed entry's summary, with what its State page shows: the sample mark, the
 * summary (English standing in, marked as such), the quote in its own language, the co-signers
 * other than `of`, and the source.
 */
export async function reactionSummaryHtml(
  locale: Locale,
  reaction: TrackerReaction,
  of: string,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Reactions' })
  const parts: string[] = []
  if (reaction.sample) parts.push(textIn('p', `${t('sample')}: ${t('sampleNotice')}`))
  if (reaction.summary) {
    const other = reaction.summaryLocale !== locale
    parts.push(
      textIn('p', reaction.summary, other ? langAttributes(reaction.summaryLocale) : undefined),
    )
    if (other)
      parts.push(
        textIn('p', t('inLanguage', { language: languageName(reaction.summaryLocale, locale) })),
      )
  }
  if (reaction.quote) {
    const language = reaction.quoteLanguage ? textLanguage(reaction.quoteLanguage) : null
    parts.push(textIn('blockquote', `“${reaction.quote}”`, language ?? undefined))
    if (language && language.language !== locale)
      parts.push(textIn('p', t('inLanguage', { language: languageName(language.lang, locale) })))
  }
  const others = reaction.actors.filter((actor) => actor.type !== 'state' || actor.iso2 !== of)
  if (others.length > 0)
    parts.push(textIn('p', `${t('jointWith')} ${others.map((actor) => actor.name).join(', ')}`))
  const publisher = reaction.sourcePublisher ? ` (${reaction.sourcePublisher})` : ''
  parts.push(
    `<p>${escapeHtml(t('sourceLabel'))} ${textLink(reaction.sourceUrl, reaction.sourceTitle)}${escapeHtml(publisher)}</p>`,
  )
  return parts.join('')
}

import { getFormatter, getTranslations } from 'next-intl/server'

import { langAttributes, type Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { calendarDay, dayOf } from '@/lib/reactions/partyStatus'
import type { TrackerReaction } from '@/lib/reactions/types'
import { languageName, textLanguage } from '@/lib/text/languageTag'

type Props = {
  locale: Locale
  reaction: TrackerReaction
  /** The State whose page this is: its co-signers are named as such. */ of?: string
}

/** One reaction as readers see it anywhere: who, when, what stance, what they said, and the source. */
export async function ReactionItem({ locale, reaction, of }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  // Text in another language than the page's carries its own lang and dir, and says which it is.
  const quoteLanguage = reaction.quoteLanguage ? textLanguage(reaction.quoteLanguage) : null
  const others = reaction.actors.filter((actor) => actor.type !== 'state' || actor.iso2 !== of)
  const actorLinks = others.map((actor, index) => (
    <span key={actor.type === 'state' ? actor.iso2 : actor.code}>
      {index > 0 ? ', ' : ''}
      {actor.type === 'state' ? (
        <a href={localized(locale, paths.state(actor.iso2))}>{actor.name}</a>
      ) : (
        actor.name
      )}
    </span>
  ))
  return (
    <article className={`reaction reaction--${reaction.stance}`}>
      <p className="reaction__meta">
        <time dateTime={reaction.date}>
          {format.dateTime(calendarDay(reaction.date), { dateStyle: 'long' })}
        </time>
        {' · '}
        <span className={`stance stance--${reaction.stance}`}>
          {t('stance', { stance: reaction.stance })}
        </span>
        {reaction.sample && (
          <>
            {' · '}
            <span className="badge badge--sample">{t('sample')}</span>
          </>
        )}
      </p>
      {(!of || others.length > 0) && (
        <p className="reaction__actors">
          {of ? `${t('jointWith')} ` : null}
          {actorLinks}
        </p>
      )}
      {reaction.summary && (
        <p>
          {reaction.summaryLocale === locale ? (
            reaction.summary
          ) : (
            <>
              <span {...langAttributes(reaction.summaryLocale)}>{reaction.summary}</span>{' '}
              <span className="lang-note">
                {t('inLanguage', { language: languageName(reaction.summaryLocale, locale) })}
              </span>
            </>
          )}
        </p>
      )}
      {reaction.quote && (
        <>
          <blockquote
            lang={quoteLanguage?.lang}
            dir={quoteLanguage?.dir}
            className="reaction__quote"
          >
            <p>“{reaction.quote}”</p>
          </blockquote>
          {quoteLanguage && quoteLanguage.language !== locale && (
            <p className="lang-note">
              {t('inLanguage', { language: languageName(quoteLanguage.lang, locale) })}
            </p>
          )}
        </>
      )}
      <p className="reaction__source">
        {t('sourceLabel')}{' '}
        <a href={reaction.sourceUrl} rel="noopener noreferrer">
          {reaction.sourceTitle}
        </a>
        {reaction.sourcePublisher ? ` (${reaction.sourcePublisher})` : ''}
        {reaction.archivedUrl && (
          <>
            {' · '}
            <a href={reaction.archivedUrl} rel="noopener noreferrer">
              {t('archivedCopy')}
            </a>
          </>
        )}
      </p>
      {reaction.corrections.length > 0 && (
        <ul className="reaction__corrections">
          {reaction.corrections.map((correction) => (
            <li key={correction.correctedAt}>
              <strong>
                {t('correctedOn', {
                  date: format.dateTime(calendarDay(dayOf(correction.correctedAt)), {
                    dateStyle: 'long',
                  }),
                })}
              </strong>{' '}
              {correction.reasonLocale === locale ? (
                correction.reason
              ) : (
                <>
                  <span {...langAttributes(correction.reasonLocale)}>{correction.reason}</span>{' '}
                  <span className="lang-note">
                    {t('inLanguage', {
                      language: languageName(correction.reasonLocale, locale),
                    })}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}

import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { TrackerReaction } from '@/lib/data/reactions'
import { paths } from '@/lib/paths'
import { calendarDay } from '@/lib/reactions/partyStatus'

type Props = { locale: Locale; reaction: TrackerReaction; /** The State whose page this is: its co-signers are named as such. */ of?: string }

/** One reaction as readers see it anywhere: who, when, what stance, what they said, and the source. */
export async function ReactionItem({ locale, reaction, of }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'Reactions' }), getFormatter({ locale })])
  const others = reaction.actors.filter((actor) => actor.type !== 'state' || actor.iso2 !== of)
  const actorLinks = others.map((actor, index) => (
    <span key={actor.type === 'state' ? actor.iso2 : actor.code}>
      {index > 0 ? ', ' : ''}
      {actor.type === 'state' ? <Link href={paths.state(actor.iso2)}>{actor.name}</Link> : actor.name}
    </span>
  ))
  return (
    <article className={`reaction reaction--${reaction.stance}`}>
      <p className="reaction__meta">
        <time dateTime={reaction.date}>{format.dateTime(calendarDay(reaction.date), { dateStyle: 'long' })}</time>
        {' · '}
        <span className={`stance stance--${reaction.stance}`}>{t('stance', { stance: reaction.stance })}</span>
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
      {reaction.summary && <p>{reaction.summary}</p>}
      {reaction.quote && (
        <blockquote lang={reaction.quoteLanguage ?? undefined} className="reaction__quote">
          <p>“{reaction.quote}”</p>
        </blockquote>
      )}
      <p className="reaction__source">
        {t('sourceLabel')}{' '}
        <a href={reaction.sourceUrl} rel="noopener noreferrer">
          {reaction.sourceTitle}
        </a>
        {reaction.sourcePublisher ? ` (${reaction.sourcePublisher})` : ''}
      </p>
    </article>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'

import { EmbargoBanner } from '@/components/EmbargoBanner'
import { openPressPreview, releasedReactions, releasedStatement } from '@/lib/data/pressPreview'
import { pageLocale } from '@/lib/locale'
import { pressPaths } from '@/lib/previewLinks/rules'

type Props = { params: Promise<{ locale: string; token: string }> }

// Read on every request: a link stops working the moment it is revoked or expires.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/** A release as a journalist holding a preview link reads it: its items in their language. */
export default async function PressRelease({ params }: Props) {
  const locale = await pageLocale(params)
  const { token } = await params
  // The proxy has answered every refusal (lib/proxy/pressPreview.ts); this is the same check.
  const preview = await openPressPreview(token, locale)
  if (preview?.standing !== 'open') notFound()
  const { release } = preview
  const [t, format, statements, reactions] = await Promise.all([
    getTranslations({ locale, namespace: 'PressPreview' }),
    getFormatter({ locale }),
    Promise.all(release.statementIds.map((id) => releasedStatement(release, locale, id))),
    releasedReactions(release, locale),
  ])
  return (
    <article className="press-preview">
      <EmbargoBanner
        locale={locale}
        moment={release.moment}
        timeZone={release.timeZone}
        published={release.published}
      />
      <h1>{t('title')}</h1>
      <h2>{t('statements')}</h2>
      <ul>
        {statements.flatMap((statement) =>
          statement
            ? [
                <li key={statement.id}>
                  <a href={pressPaths.statement(locale, token, statement.id)}>{statement.title}</a>
                  {statement.standfirst && <p>{statement.standfirst}</p>}
                </li>,
              ]
            : [],
        )}
      </ul>
      {reactions.length > 0 && (
        <>
          <h2>{t('reactions')}</h2>
          <ul>
            {reactions.map((reaction) => (
              <li key={reaction.id}>
                <time dateTime={reaction.date}>
                  {format.dateTime(new Date(reaction.date), { dateStyle: 'long' })}
                </time>
                {' · '}
                {reaction.actors.join(', ')}
                {reaction.summary && <p>{reaction.summary}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}

import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { type Locale, localeInfo } from '@/i18n/locales'
import type { StatementCard as Card } from '@/lib/data/statements'
import { paths } from '@/lib/paths'
import { kindMessageKey } from '@/lib/statementKinds'

type Props = { statement: Card; locale: Locale; headingLevel?: 'h2' | 'h3'; featured?: boolean }

export async function StatementCard({ statement, locale, headingLevel: Heading = 'h3', featured = false }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'StatementCard' }), getFormatter({ locale })])
  const original = statement.contentLocale !== locale
  // Text shown in the original language says so, to people and to screen readers.
  const contentLang = original ? { lang: statement.contentLocale, dir: localeInfo(statement.contentLocale).dir } : {}
  return (
    <article className={featured ? 'card card--featured' : 'card'}>
      <p className="card__meta">
        <span>{t('kind', { kind: kindMessageKey(statement.kind) })}</span>
        {' · '}
        <time dateTime={statement.publishedAt}>{format.dateTime(new Date(statement.publishedAt), { dateStyle: 'long' })}</time>
        {original && (
          <>
            {' · '}
            <span className="badge">{t('original', { locale: statement.contentLocale })}</span>
          </>
        )}
      </p>
      <Heading className="card__title" {...contentLang}>
        <Link href={paths.statement(statement.slug)}>{statement.title}</Link>
      </Heading>
      {statement.standfirst && <p {...contentLang}>{statement.standfirst}</p>}
    </article>
  )
}

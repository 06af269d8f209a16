import { langAttributes, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { StatementCard as Card } from '@/lib/data/statements'
import { paths } from '@/lib/paths'

import { CardMeta } from './CardMeta'

type Props = { statement: Card; locale: Locale; headingLevel?: 'h2' | 'h3'; featured?: boolean }

export async function StatementCard({
  statement,
  locale,
  headingLevel: Heading = 'h3',
  featured = false,
}: Props) {
  // Text shown in the original language says so, to people and to screen readers.
  const contentLang =
    statement.contentLocale !== locale ? langAttributes(statement.contentLocale) : {}
  return (
    <article className={featured ? 'card card--featured' : 'card'}>
      <CardMeta
        locale={locale}
        publishedAt={statement.publishedAt}
        contentLocale={statement.contentLocale}
        kind={statement.kind}
      />
      <Heading className="card__title" {...contentLang}>
        <Link href={paths.statement(statement.slug)}>{statement.title}</Link>
      </Heading>
      {statement.standfirst && <p {...contentLang}>{statement.standfirst}</p>}
    </article>
  )
}

import type { Locale } from '@/i18n/locales'
import type { StatementCard as Card } from '@/lib/data/statements'

import { StatementCard } from './StatementCard'

type Props = { statements: Card[]; locale: Locale; headingLevel?: 'h2' | 'h3' }

/** Statements as a list of cards: home, index, topic pages and related statements. */
export function StatementList({ statements, locale, headingLevel }: Props) {
  return (
    <ul className="card-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <StatementCard statement={statement} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}

import { createFormatter, createTranslator, type Messages } from 'next-intl'

import type { Locale } from '@/i18n/locales'

import type { FilterProblem } from './filters'

/** A filter problem with its sentence in the reader's language, as the 400 answers give it. */
export type DescribedProblem = FilterProblem & { message: string }

// A value is quoted as received, but short, and with control characters spelled out: a line
// break would split the CSV answer's lines, a NUL would not show at all.
function printable(value: string): string {
  const characters = Array.from(value)
  const short = characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : value
  return short.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Synchronous, from the locale's messages: the proxy, which answers for the page, has no request context. */
export function describeFilterProblems(
  locale: Locale,
  messages: Messages,
  problems: FilterProblem[],
): DescribedProblem[] {
  const t = createTranslator({ locale, messages, namespace: 'Reactions.invalidFilters' })
  const format = createFormatter({ locale })
  return problems.map((problem) => {
    const named = { parameter: problem.parameter, value: printable(problem.value) }
    switch (problem.kind) {
      case 'choice':
        return {
          ...problem,
          message: t('choice', {
            ...named,
            accepted: format.list(problem.accepted, { type: 'disjunction' }),
          }),
        }
      case 'date':
        return { ...problem, message: t('date', named) }
      case 'future':
        return { ...problem, message: t('future', { ...named, today: problem.today }) }
      case 'order':
        return { ...problem, message: t('order', { ...named, to: problem.to }) }
    }
  })
}

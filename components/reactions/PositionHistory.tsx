import type { Locale } from '@/i18n/locales'
import type { PositionStep } from '@/lib/reactions/history'

import { PositionStepLabel } from './PositionStepLabel'

/**
 * A State's stances over time, oldest first: an ordered list read as "Reaffirms support, June 3,
 * 2024", then the next. The arrows between steps are drawn by the stylesheet and never read out.
 */
export function PositionHistory({ locale, steps }: { locale: Locale; steps: PositionStep[] }) {
  return (
    <ol className="position-history">
      {steps.map((step) => (
        <li key={step.reactions[0].id} className="position-history__step">
          <PositionStepLabel locale={locale} step={step} />
        </li>
      ))}
    </ol>
  )
}

import type { SignOnField, SignOnProblem } from './signOnForm'
import type { StampProblem } from './formStamp'

/** Refusals that concern the form as a whole rather than one of its fields. */
export type FormProblem =
  StampProblem | 'honeypot' | 'notOpen' | 'closed' | 'duplicate' | 'rateLimited' | 'emailFailed'

export type Problem =
  { field: SignOnField; key: SignOnProblem } | { field?: 'organization'; key: FormProblem }

/**
 * A refused request: nothing stored, nothing sent. 422 for what the reader can correct in the
 * form (or a trap), 409 for a statement not open or an organization that already asked, 410 once
 * signatures have closed, 429 past a limit (with the seconds to wait), 503 when the confirmation
 * email could not be sent.
 */
export type Refusal = {
  status: 409 | 410 | 422 | 429 | 503
  problems: Problem[]
  retryAfter?: number
  /** Whether the form is shown again with what was typed: not after a trap, whose form is suspect. */
  keepValues: boolean
}

export const refusal = (
  status: Refusal['status'],
  problems: Problem[],
  options: { retryAfter?: number; keepValues?: boolean } = {},
): Refusal => ({ status, problems, keepValues: options.keepValues ?? true, ...options })

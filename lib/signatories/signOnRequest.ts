/**
 * A request to sign a statement, as the public form sends it: every check in order, then the
 * request stored and its confirmation emailed. Checks that cost nothing come first; only a
 * request that could be stored counts towards the limits, so that a reader correcting a typo is
 * not held back, while whoever sends real requests (and emails) in bulk is.
 */
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { overLimit } from '@/lib/security/rateLimits'

import { stampProblem } from './formStamp'
import { parseSignOn, type SignOnValues } from './signOnForm'
import { type Problem, type Refusal, refusal } from './signOnProblems'
import type { SignOnStatement } from './signOnStatement'
import { storeSignOnRequest } from './signOnStore'

export type SignOnSubmission = {
  locale: Locale
  statement: SignOnStatement
  values: SignOnValues
  stamp: unknown
  honeypot: unknown
  /** The client's address, as lib/security/rateLimits.ts reads it. */
  client: string
  /** The ISO codes of the tracker's States: the countries an organization can be from. */
  stateCodes: ReadonlySet<string>
  now?: number
}

export type SignOnOutcome = { ok: true; email: string } | { ok: false; refusal: Refusal }

export async function requestSignature(
  payload: Payload,
  submission: SignOnSubmission,
): Promise<SignOnOutcome> {
  const { locale, statement, values, now = Date.now() } = submission
  const refuse = (refused: Refusal): SignOnOutcome => ({ ok: false, refusal: refused })

  if (typeof submission.honeypot === 'string' && submission.honeypot !== '')
    return refuse(refusal(422, [{ key: 'honeypot' }], { keepValues: false }))
  // A trapped form is not shown again with its values: they are a script's, or the form is stale.
  const stamp = stampProblem(submission.stamp, now)
  if (stamp) return refuse(refusal(422, [{ key: stamp }], { keepValues: false }))

  if (statement.window === 'notOpen') return refuse(refusal(409, [{ key: 'notOpen' }]))
  if (statement.window === 'closed') return refuse(refusal(410, [{ key: 'closed' }]))

  const parsed = parseSignOn(values, submission.stateCodes)
  if (!parsed.ok) {
    const problems: Problem[] = Object.entries(parsed.problems).map(([field, key]) => ({
      field,
      key,
    })) as Problem[]
    return refuse(refusal(422, problems))
  }

  const waitClient = await overLimit('signOnClient', submission.client)
  const waitEmail = await overLimit('signOnEmail', parsed.request.email.toLowerCase())
  const wait = Math.max(waitClient ?? 0, waitEmail ?? 0)
  if (wait > 0) return refuse(refusal(429, [{ key: 'rateLimited' }], { retryAfter: wait }))

  const stored = await storeSignOnRequest(payload, {
    locale,
    statement,
    request: parsed.request,
    now,
  })
  if (stored === 'duplicate')
    return refuse(refusal(409, [{ field: 'organization', key: 'duplicate' }]))
  if (stored === 'emailFailed') return refuse(refusal(503, [{ key: 'emailFailed' }]))
  return { ok: true, email: parsed.request.email }
}

import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/lib/env'

/**
 * The sign-on form's time trap: the form carries the moment it was shown, signed so that it
 * cannot be made up. A person takes more than a few seconds to fill it in; a script posting at
 * once, or replaying a form kept for days, does not get through. The key is derived from
 * PAYLOAD_SECRET, like the job runner's token, so there is no second secret to configure.
 */
export const minimumFillSeconds = 3
export const maximumFormAgeSeconds = 24 * 60 * 60

const stampKey = () =>
  createHmac('sha256', env.PAYLOAD_SECRET).update('amicus:sign-on-form').digest()

const signature = (issuedAt: number) =>
  createHmac('sha256', stampKey()).update(String(issuedAt)).digest('base64url')

/** The hidden field's value for a form shown at `now`. */
export function formStamp(now = Date.now()): string {
  return `${now}.${signature(now)}`
}

export type StampProblem = 'stampMissing' | 'stampTooSoon' | 'stampExpired'

/** Why a form's stamp is refused, or null for one a person could have sent. */
export function stampProblem(stamp: unknown, now = Date.now()): StampProblem | null {
  if (typeof stamp !== 'string') return 'stampMissing'
  const [issued, signed] = stamp.split('.')
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt) || !signed) return 'stampMissing'
  const expected = Buffer.from(signature(issuedAt))
  const given = Buffer.from(signed)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'stampMissing'
  const age = now - issuedAt
  if (age < minimumFillSeconds * 1000) return 'stampTooSoon'
  if (age > maximumFormAgeSeconds * 1000) return 'stampExpired'
  return null
}

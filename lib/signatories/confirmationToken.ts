import { createHash, randomBytes } from 'node:crypto'

/**
 * The link that confirms a sign-on request's email address. Only the token's SHA-256 is stored,
 * so a copy of the database cannot confirm anything; the token itself is only in the email.
 */
export const confirmationDays = 7

export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashConfirmationToken(token) }
}

export const hashConfirmationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex')

/** A token as the confirmation page receives it: anything else is no token of ours. */
export const isWellFormedToken = (token: unknown): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

/** Whether a request made at `requestedAt` can no longer be confirmed (and may be asked again). */
export function confirmationExpired(requestedAt: string | Date, now = Date.now()): boolean {
  return now - new Date(requestedAt).getTime() > confirmationDays * 24 * 60 * 60 * 1000
}

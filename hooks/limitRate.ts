import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress, overLimit } from '@/lib/security/rateLimits'

/**
 * Sign-in attempts per client address, on top of the per-account lockout: guessing across many
 * accounts from one address stops here. Local API calls (no request headers) are not counted.
 */
export const limitLoginRate: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const retryAfter = await overLimit('login', clientAddress(req.headers))
  if (retryAfter !== null) {
    throw new APIError(
      `Too many sign-in attempts from your network. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      429,
      null,
      true,
    )
  }
  return args
}

import { type NextRequest, NextResponse } from 'next/server'

import { routing } from '@/i18n/routing'
import { contentSecurityPolicy, drawNonce } from '@/lib/security/contentSecurityPolicy'

/** The admin and the draft preview: pages rendered per request, whose scripts carry a nonce. */
export const perRequestPage = new RegExp(`^/(admin(/|$)|(${routing.locales.join('|')})/preview/)`)

/**
 * Next reads the nonce from the request's policy and puts it on every script it writes; the
 * browser gets the same policy with the answer.
 */
export function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: drawNonce() })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

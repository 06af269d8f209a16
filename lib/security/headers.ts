import { contentSecurityPolicy } from './contentSecurityPolicy'

/**
 * The security headers of every response, as next.config.ts sends them (the admin and the draft
 * preview get their Content-Security-Policy, with a nonce, from the proxy instead).
 *
 * Framing: every page may be framed by this site only (X-Frame-Options for old browsers,
 * frame-ancestors for the rest), except the embed pages under `embedPrefix`, which member
 * organizations frame on their own sites: they send `frame-ancestors *` and no X-Frame-Options
 * (which has no "anyone" and would win in browsers that read both).
 *
 * This module is read by next.config.ts, so it imports nothing through `@/`.
 */

/** The path prefix of the embed pages (lib/embeds/addresses.ts), the only pages any site may frame. */
export const embedPrefix = '/embed'

type HeaderRule = { source: string; headers: { key: string; value: string }[] }

export function securityHeaderRules(
  localeCodes: readonly string[],
  mode = process.env.NODE_ENV,
): HeaderRule[] {
  const embeds = embedPrefix.slice(1)
  const shared = (framedBy: 'self' | 'anyone') => [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy('shared', { framedBy, mode }) },
  ]
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        {
          key: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
        },
        // Production is served over HTTPS (the edge terminates TLS); browsers ignore this on plain HTTP.
        ...(mode === 'development'
          ? []
          : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
      ],
    },
    {
      source: `/:path((?!${embeds}/).*)`,
      headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
    },
    {
      source: `/:path((?!admin(?:/|$)|${embeds}/|(?:${localeCodes.join('|')})/preview/).*)`,
      headers: shared('self'),
    },
    { source: `${embedPrefix}/:path+`, headers: shared('anyone') },
  ]
}

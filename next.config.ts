import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localeCodes } from './i18n/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** One year, like next-intl's own cookie: the language a reader last read in, for `/`. */
const localeCookie = (code: string) => `NEXT_LOCALE=${code}; Path=/; Max-Age=31536000; SameSite=Lax`

const development = process.env.NODE_ENV === 'development'

/**
 * Every page's scripts come from this origin. Next's inline scripts (the page's data for React)
 * need 'unsafe-inline': a nonce would make every page unique per request, and pages are shared
 * by all readers through the edge cache. What keeps injected script out is that no stored text
 * reaches a page as HTML (rich text renders through React with links filtered; see
 * tests/e2e/hostileInput.test.ts). Development adds what hot reloading needs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? ' ws: wss:' : ''}`,
  // The admin's live preview frames the public preview page; nobody else may frame anything.
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Production is served over HTTPS (the edge terminates TLS); browsers ignore this on plain HTTP.
  ...(development ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and data cached in Redis when REDIS_URL is set, so that every instance sees a publish;
  // Next's own file-system cache otherwise (lib/cache/sharedCacheHandler.mjs).
  cacheHandler: path.join(dirname, 'lib/cache/sharedCacheHandler.mjs'),
  turbopack: { root: dirname },
  // Compression is the edge's job (deploy/nginx.conf compresses once and caches the result);
  // done here it costs CPU on every request, even for clients that asked for none.
  compress: false,
  // The proxy no longer runs on locale-prefixed pages, so they remember the reader's language
  // with a static header: the same for every reader of a URL, hence safe to cache.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...localeCodes.flatMap((code) =>
        [`/${code}`, `/${code}/:path*`].map((source) => ({ source, headers: [{ key: 'Set-Cookie', value: localeCookie(code) }] })),
      ),
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

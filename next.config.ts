import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localeCodes } from './i18n/locales'
import { contentSecurityPolicy } from './lib/security/contentSecurityPolicy'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** One year, like next-intl's own cookie: the language a reader last read in, for `/`. */
const localeCookie = (code: string) => `NEXT_LOCALE=${code}; Path=/; Max-Age=31536000; SameSite=Lax`

const development = process.env.NODE_ENV === 'development'

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Production is served over HTTPS (the edge terminates TLS); browsers ignore this on plain HTTP.
  ...(development
    ? []
    : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
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
      // The admin and the draft preview get theirs, with a nonce, from the proxy.
      {
        source: `/:path((?!admin(?:/|$)|(?:${localeCodes.join('|')})/preview/).*)`,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('shared') }],
      },
      ...localeCodes.flatMap((code) =>
        [`/${code}`, `/${code}/:path*`].map((source) => ({
          source,
          headers: [{ key: 'Set-Cookie', value: localeCookie(code) }],
        })),
      ),
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localeCodes } from './i18n/locales'
import { datedTrackerView, viewHeader } from './lib/proxy/liveHeaders'
import { securityHeaderRules } from './lib/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** One year, like next-intl's own cookie: the language a reader last read in, for `/`. */
const localeCookie = (code: string) => `NEXT_LOCALE=${code}; Path=/; Max-Age=31536000; SameSite=Lax`

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes a cached page's whole HTML for an ETag on every response (4–15 ms for the
  // tracker, most of what serving it costs); the edge keeps pages itself, and a reader's
  // browser asks again after a second at most.
  generateEtags: false,
  // Pages and data cached in Redis when REDIS_URL is set, so that every instance sees a publish;
  // Next's own file-system cache otherwise (lib/cache/sharedCacheHandler.mjs).
  cacheHandler: path.join(dirname, 'lib/cache/sharedCacheHandler.mjs'),
  turbopack: { root: dirname },
  // Loaded from node_modules by Node, once per process. Bundled, each route's server code carried
  // its own copy of Payload and its database, mail and rate-limit libraries (Turbopack makes one
  // chunk per route that imports the Payload config): 24 copies of 3.3 MB, about 150 MB of the
  // server's heap as source text, and each copy with its own module state. Payload runs these
  // packages unbundled in development too.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-postgres',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'nodemailer',
    'rate-limiter-flexible',
  ],
  // Compression is the edge's job (deploy/nginx.conf compresses once and caches the result);
  // done here it costs CPU on every request, even for clients that asked for none.
  compress: false,
  // The proxy no longer runs on locale-prefixed pages, so they remember the reader's language
  // with a static header: the same for every reader of a URL, hence safe to cache.
  // Views the proxy chose (lib/proxy/livePages.ts names them in a request header it always sets
  // or clears): rewritten here, inside the server. A rewrite made by the proxy itself is fetched
  // over HTTP, as another site's page, whenever the server's hostname is not "localhost".
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: `/:locale(${localeCodes.join('|')})/statements`,
          has: [{ type: 'header', key: viewHeader, value: '(?<view>.+)' }],
          destination: '/:locale/statement-lists/:view',
        },
        {
          source: `/:locale(${localeCodes.join('|')})/reactions`,
          has: [{ type: 'header', key: viewHeader, value: datedTrackerView }],
          destination: '/:locale/reactions/filtered',
        },
        {
          source: `/:locale(${localeCodes.join('|')})/reactions`,
          has: [{ type: 'header', key: viewHeader, value: '(?<view>.+)' }],
          destination: '/:locale/reactions/filtered/:view',
        },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  async headers() {
    return [
      ...securityHeaderRules(localeCodes),
      ...localeCodes.flatMap((code) =>
        [`/${code}`, `/${code}/:path*`].map((source) => ({
          source,
          headers: [{ key: 'Set-Cookie', value: localeCookie(code) }],
        })),
      ),
    ]
  },
}

const withPlugins = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
const pluginHeaders = withPlugins.headers

export default {
  ...withPlugins,
  // Payload asks every page for the reader's colour scheme as a critical client hint, so a
  // browser that has not sent it repeats its first request to the site (about 0.6 s on a phone),
  // and Vary splits shared caches by scheme. Only the admin reads it.
  async headers() {
    const rules = (await pluginHeaders?.()) ?? []
    return rules.map((rule) =>
      rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    )
  },
} satisfies NextConfig

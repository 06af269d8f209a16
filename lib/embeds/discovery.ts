import type { Metadata } from 'next'

import { env } from '@/lib/env'

/**
 * A page's `alternates` plus its oEmbed discovery link (<link rel="alternate"
 * type="application/json+oembed">), by which a site that is given the page's address finds the
 * embed to show for it.
 */
export function withOembedDiscovery(
  alternates: Metadata['alternates'],
  pagePath: string,
): Metadata['alternates'] {
  const page = new URL(pagePath, env.NEXT_PUBLIC_SERVER_URL).toString()
  return {
    ...alternates,
    types: {
      ...alternates?.types,
      'application/json+oembed': `/oembed?url=${encodeURIComponent(page)}&format=json`,
    },
  }
}

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized } from '@/lib/paths'

type Props = {
  locale: Locale
  /** Which feed, for its label. */
  feed: 'state' | 'topic' | 'changes'
  /** The feed's path without the locale (lib/paths). */
  path: string
}

/** The visible link to a page's own Atom feed; the head announces the same feed (lib/seo/alternates). */
export async function FeedLink({ locale, feed, path }: Props) {
  const t = await getTranslations({ locale, namespace: 'FeedLink' })
  // A plain link: the feed is a file for feed readers, not a page for the client router.
  return (
    <p className="feed-link">
      <a href={localized(locale, path)} type="application/atom+xml">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
          <circle cx="3" cy="13" r="2" fill="currentColor" />
          <path
            d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
          />
        </svg>
        {t(feed)}
      </a>
    </p>
  )
}

import { defineRouting } from 'next-intl/routing'

import { sourceLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale: sourceLocale,
  localePrefix: 'always',
  // Pages publish their own hreflang alternates: next-intl cannot know CMS slugs.
  alternateLinks: false,
})

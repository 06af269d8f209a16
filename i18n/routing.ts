import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  // Pages publish their own hreflang alternates: next-intl cannot know CMS slugs.
  alternateLinks: false,
})

import type { Locale } from '@/i18n/locales'

/**
 * Every cache tag in one place: readers in `lib/data` tag with these, collection hooks
 * revalidate with these, so the two can never drift apart.
 */
export const cacheTags = {
  statements: (locale: Locale) => `statements:${locale}`,
} as const

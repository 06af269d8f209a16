import type { Locale } from '@/i18n/locales'
import { env } from '@/lib/env'
import { localized } from '@/lib/paths'

/** The public address of a page in `locale`: feeds carry absolute links. */
export const absoluteUrl = (locale: Locale, path: string) =>
  new URL(localized(locale, path), env.NEXT_PUBLIC_SERVER_URL).toString()

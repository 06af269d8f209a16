'use client'

import { getPathname, usePathname } from '@/i18n/navigation'
import { type Locale, localeCodes } from '@/i18n/locales'

import { LocaleLinks } from './LocaleLinks'

type Props = { current: Locale; label: string; originalLabel: string }

/**
 * This page in every language, for pages whose address is the same in all of them. A client
 * component only because a layout cannot know the current path on the server; the links work
 * without JavaScript. Statement pages have their own switcher (see `@switcher`).
 */
export function LocaleSwitcher(props: Props) {
  const pathname = usePathname()
  const links = localeCodes.map((code) => ({
    code,
    href: getPathname({ href: pathname, locale: code }),
  }))
  return <LocaleLinks {...props} links={links} />
}

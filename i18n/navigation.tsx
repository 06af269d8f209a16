import NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { localized } from '@/lib/paths'

import type { Locale } from './locales'

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & {
  /** A path of ours without its locale (`paths`), a query string or fragment allowed. */
  href: string
  /** The language to link to: the page's own unless given. */
  locale?: Locale
}

/**
 * A link to one of our pages, its locale prefixed on the server. next-intl's Link reads the locale
 * in the browser instead, from its client provider: that provider, with the message formatting it
 * brings along, was 13 KB of gzipped script on every page for nothing else.
 */
export async function Link({ href, locale, ...props }: Props) {
  return <NextLink href={localized(locale ?? (await getLocale()), href)} {...props} />
}

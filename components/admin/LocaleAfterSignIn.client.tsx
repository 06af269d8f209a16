'use client'

import { LocaleProvider, useConfig, useLocale } from '@payloadcms/ui'
import type { ReactNode } from 'react'

/**
 * Payload's LocaleProvider picks its locale once, when the admin first loads. On the login page
 * the client config lists no locales, so after signing in (a client-side navigation) the header
 * read "Locale: undefined" until a reload. A provider keyed on being signed in starts afresh
 * with the full config; it keeps the locale already known, else Payload's default and the
 * user's saved preference.
 */
export function LocaleAfterSignIn({ children }: { children: ReactNode }) {
  const { config } = useConfig()
  const locale: Partial<ReturnType<typeof useLocale>> = useLocale()
  return (
    <LocaleProvider key={config.unauthenticated ? 'signed-out' : 'signed-in'} locale={locale.code}>
      {children}
    </LocaleProvider>
  )
}

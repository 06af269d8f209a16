import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { langAttributes, localeCodes } from '@/i18n/locales'
import { env } from '@/lib/env'

import '../../(frontend)/styles.css'
import '../embed.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Rendered on each language's first request and cached from then on, like the pages they come from.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    metadataBase: new URL(env.NEXT_PUBLIC_SERVER_URL),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    // The full pages are what search engines should list; these are their copies on other sites.
    robots: { index: false },
  }
}

/**
 * The document an embed is in, on another site's page: no header, footer or navigation. Every
 * link opens in a new tab, since the rest of this site refuses to be framed (lib/security/headers.ts).
 */
export default async function EmbedLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) notFound()
  setRequestLocale(locale)
  return (
    <html {...langAttributes(locale)}>
      <head>
        <base target="_blank" />
      </head>
      <body>
        <main className="embed">{children}</main>
      </body>
    </html>
  )
}

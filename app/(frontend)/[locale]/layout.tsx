import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFrame } from '@/components/SiteFrame'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'
import { feedAlternate } from '@/lib/seo/alternates'

import '../styles.css'

type Props = {
  children: ReactNode
  /** The language switcher: statement pages bring their own (`@switcher`). */
  switcher: ReactNode
  params: Promise<{ locale: string }>
}

// Nothing is rendered at build time, which has no database: each language's pages render on
// their first request and are cached from then on.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    metadataBase: new URL(env.NEXT_PUBLIC_SERVER_URL),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    alternates: { types: feedAlternate(locale) },
  }
}

export default async function LocaleLayout({ children, switcher, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <SiteFrame locale={locale} switcher={switcher}>
      {children}
    </SiteFrame>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFrame } from '@/components/SiteFrame'
import { ErrorTextProvider } from '@/i18n/errorText.client'
import type { Locale } from '@/i18n/locales'
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

/** The error page's text, for the browser: the only text a client component of ours shows. */
async function errorText(locale: Locale) {
  const [t, tSearch] = await Promise.all([
    getTranslations({ locale, namespace: 'Error' }),
    getTranslations({ locale, namespace: 'SearchPage' }),
  ])
  return {
    locale,
    title: t('title'),
    body: t('body'),
    retry: t('retry'),
    home: t('home'),
    searchLabel: tSearch('label'),
    searchSubmit: tSearch('submit'),
  }
}

export default async function LocaleLayout({ children, switcher, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <SiteFrame locale={locale} switcher={switcher}>
      <ErrorTextProvider text={await errorText(locale)}>{children}</ErrorTextProvider>
    </SiteFrame>
  )
}

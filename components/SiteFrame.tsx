import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { langAttributes, type Locale } from '@/i18n/locales'

import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

type Props = { locale: Locale; switcher: ReactNode; children: ReactNode }

/** The document every public page is in, the 404 page of addresses with no locale of ours included. */
export async function SiteFrame({ locale, switcher, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'SkipLink' })
  return (
    <html {...langAttributes(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('label')}
        </a>
        <SiteHeader locale={locale} switcher={switcher} />
        <main id="main" className="page">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}

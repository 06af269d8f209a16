import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'

export async function SiteHeader({ locale, switcher }: { locale: Locale; switcher: ReactNode }) {
  const [t, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteHeader' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ])
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{tMeta('siteName')}</span>
          <span className="site-header__tagline">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('navigation')} className="site-nav">
          <ul>
            <li>
              <Link href="/">{t('home')}</Link>
            </li>
            <li>
              <Link href={paths.statements}>{t('statements')}</Link>
            </li>
            <li>
              <Link href={paths.reactions}>{t('reactions')}</Link>
            </li>
            <li>
              <Link href={paths.search}>{t('search')}</Link>
            </li>
          </ul>
        </nav>
        {switcher}
      </div>
    </header>
  )
}

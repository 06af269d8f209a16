import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' })
  return (
    <footer className="site-footer">
      <p>{t('about')}</p>
      <p>
        {/* The admin is Payload's own app with its own root layout: a full page load, not a client hop. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/admin">{t('signIn')}</a>
      </p>
    </footer>
  )
}

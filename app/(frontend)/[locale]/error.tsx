'use client'

import { useLocale, useTranslations } from 'next-intl'

import { SearchForm } from '@/components/SearchForm'
import { Link } from '@/i18n/navigation'
import { localized, paths } from '@/lib/paths'

// Rendered on the server too (with a 500), so it offers only what works without JavaScript:
// reloading the address, searching, the home page.
export default function ErrorPage() {
  const [t, tSearch, locale] = [
    useTranslations('Error'),
    useTranslations('SearchPage'),
    useLocale(),
  ]
  return (
    <div className="page--narrow" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href="">{t('retry')}</a>
      </p>
      <SearchForm
        action={localized(locale, paths.search)}
        id="error-q"
        label={tSearch('label')}
        submit={tSearch('submit')}
      />
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  )
}

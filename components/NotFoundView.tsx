import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { langAttributes, type Locale, locales } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'

import { SearchForm } from './SearchForm'

/** What a reader who followed a dead link can do next, in their language: search, or start from a home page. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const [t, tSearch] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'SearchPage' }),
  ])
  return (
    <div className="page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <SearchForm
        action={localized(locale, paths.search)}
        id="not-found-q"
        label={tSearch('label')}
        submit={tSearch('submit')}
      />
      <p>
        <Link href="/" locale={locale}>
          {t('home')}
        </Link>
      </p>
      <h2>{t('otherLanguages')}</h2>
      <ul className="inline-list">
        {locales
          .filter(({ code }) => code !== locale)
          .map(({ code, label }) => (
            <li key={code}>
              <a href={localized(code, '/')} hrefLang={code} {...langAttributes(code)}>
                {label}
              </a>
            </li>
          ))}
      </ul>
    </div>
  )
}

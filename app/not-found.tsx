import { getTranslations } from 'next-intl/server'

import { defaultLocale, locales } from '@/i18n/locales'

import './(frontend)/styles.css'

// Paths whose first segment is not one of our locales end here, so there is no reader's
// language to go by: answer in the default one and offer every home page.
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'NotFound' })
  return (
    <html lang={defaultLocale} dir="ltr">
      <body>
        <main id="main" className="page page--narrow">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <ul className="inline-list">
            {locales.map(({ code, label, dir }) => (
              <li key={code}>
                <a href={`/${code}`} lang={code} dir={dir} hrefLang={code}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  )
}

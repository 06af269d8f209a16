import { headers } from 'next/headers'
import { setRequestLocale } from 'next-intl/server'

import { NotFoundView } from '@/components/NotFoundView'
import { SiteFrame } from '@/components/SiteFrame'
import { readerLocale } from '@/i18n/readerLocale'

import './(frontend)/styles.css'

// Addresses the proxy does not see and no locale of ours starts (`/wp-login.php`) end here: the
// 404 page in the language `/` would give this reader. It reads request headers, so Next renders
// it per request and no cache keeps it.
export default async function GlobalNotFound() {
  const locale = readerLocale(await headers())
  setRequestLocale(locale)
  return (
    <SiteFrame locale={locale} switcher={null}>
      <NotFoundView locale={locale} />
    </SiteFrame>
  )
}

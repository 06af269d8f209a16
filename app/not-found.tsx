import { setRequestLocale } from 'next-intl/server'

import { NotFoundView } from '@/components/NotFoundView'
import { SiteFrame } from '@/components/SiteFrame'
import { sourceLocale } from '@/i18n/locales'

import './(frontend)/styles.css'

// Addresses that neither the proxy sees nor a locale of ours starts (`/wp-login.php`,
// `/xx/feed.xml`) end here, in the default language with every language's home page. Next
// renders this boundary into every page's tree, so it must not read the request (headers()
// would turn every cached page dynamic): the proxy gives the reader's language to the rest.
export default function GlobalNotFound() {
  setRequestLocale(sourceLocale)
  return (
    <SiteFrame locale={sourceLocale} switcher={null}>
      <NotFoundView locale={sourceLocale} />
    </SiteFrame>
  )
}

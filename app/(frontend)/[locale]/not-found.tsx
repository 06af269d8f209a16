import { getLocale } from 'next-intl/server'

import { NotFoundView } from '@/components/NotFoundView'

// Inside the locale's layout (header and footer). Addresses with an unknown language prefix
// come here too, in the reader's language: the proxy rewrites `/xx/a` to `/<theirs>/xx/a`.
export default async function NotFound() {
  return <NotFoundView locale={await getLocale()} />
}

import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { pageLocale } from '@/lib/locale'

type Props = { params: Promise<{ locale: string; slug: string }> }

/**
 * A statement's signatories by country, a page rendered per request (its query string): its own
 * switcher, because the catch-all's `generateStaticParams` would make Next render it as a cached one.
 */
export default async function SignatoriesSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  return (
    <LocaleSwitcher
      current={locale}
      segments={['statements', (await params).slug, 'signatories']}
    />
  )
}

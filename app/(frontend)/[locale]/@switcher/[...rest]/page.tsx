import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { pageLocale } from '@/lib/locale'

// Named like the page catch-all beside it (`[locale]/[...rest]`): Next wants one name per level.
type Props = { params: Promise<{ locale: string; rest: string[] }> }

// Like the layout's: without it, every page this slot joins would be rendered per request.
export function generateStaticParams() {
  return []
}

/**
 * Every page without a switcher of its own, its 404 pages too: the same path in each language.
 * Next gives a slot catch-all the segments of whichever page the address matched.
 */
export default async function PathSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  return <LocaleSwitcher current={locale} segments={(await params).rest} />
}

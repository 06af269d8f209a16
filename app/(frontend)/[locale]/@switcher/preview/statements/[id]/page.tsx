import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { pageLocale } from '@/lib/locale'

type Props = { params: Promise<{ locale: string; id: string }> }

/**
 * A draft's preview, rendered per request for its editor: its own switcher, because the
 * catch-all's `generateStaticParams` would make Next render it as a cached page.
 */
export default async function PreviewSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  return <LocaleSwitcher current={locale} segments={['preview', 'statements', (await params).id]} />
}

import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { pageLocale } from '@/lib/locale'

type Props = { params: Promise<{ locale: string }> }

/** On a language's home page, each language leads to its own home page. */
export default async function HomeSwitcher({ params }: Props) {
  return <LocaleSwitcher current={await pageLocale(params)} />
}

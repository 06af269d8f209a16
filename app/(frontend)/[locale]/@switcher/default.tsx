import { getTranslations } from 'next-intl/server'

import { LocaleSwitcher } from '@/components/LocaleSwitcher.client'
import { pageLocale } from '@/lib/locale'

type Props = { params: Promise<{ locale: string }> }

/** The header's language switcher on every page that has no switcher of its own. */
export default async function DefaultSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  return <LocaleSwitcher current={locale} label={t('label')} originalLabel={t('originalOnly')} />
}

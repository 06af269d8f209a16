import { getTranslations } from 'next-intl/server'

import { LocaleLinks } from '@/components/LocaleLinks'
import { localeCodes, sourceLocale } from '@/i18n/locales'
import { availableVersions, findStatementAddress } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** On a statement's sign page, each language leads to the sign page under that language's slug. */
export default async function SignSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const slug = decodeSegment((await params).slug)
  const address = slug ? await findStatementAddress(locale, slug) : null
  const versions = address ? await availableVersions(address.id) : {}
  const original = versions[sourceLocale] ?? slug ?? ''
  const links = localeCodes.map((code) => ({
    code,
    href: `${localized(code, paths.statement(versions[code] ?? original))}/sign`,
    originalOnly: false,
  }))
  return (
    <LocaleLinks
      current={locale}
      label={t('label')}
      originalLabel={t('originalOnly')}
      links={links}
    />
  )
}

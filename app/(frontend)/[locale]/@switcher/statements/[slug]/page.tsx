import { getTranslations } from 'next-intl/server'

import { LocaleLinks } from '@/components/LocaleLinks'
import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { sourceLocale, localeCodes } from '@/i18n/locales'
import { availableVersions, findStatementAddress } from '@/lib/data/statements'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

/**
 * On a statement, each language leads to that language's own slug; a language without a
 * version leads to the original and says so. (The page itself handles unknown slugs.)
 */
export default async function StatementSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const raw = (await params).slug
  const slug = decodeSegment(raw)
  const address = slug ? await findStatementAddress(locale, slug) : null
  const versions = address ? await availableVersions(address.id) : {}
  const original = versions[sourceLocale]
  if (!original) return <LocaleSwitcher current={locale} segments={['statements', raw]} />

  const links = localeCodes.map((code) => {
    const own = versions[code]
    return { code, href: localized(code, paths.statement(own ?? original)), originalOnly: !own }
  })
  return (
    <LocaleLinks
      current={locale}
      label={t('label')}
      originalLabel={t('originalOnly')}
      links={links}
    />
  )
}

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { closingDate } from '@/lib/signatories/signOnMessages'
import { signatureWindow } from '@/lib/signatories/signatureWindow'

type Props = {
  locale: Locale
  slug: string
  statement: { _status?: string | null; signatureClosesAt?: string | null }
}

/** The invitation to sign a statement, while it is open for signature. */
export async function SignOnInvitation({ locale, slug, statement }: Props) {
  if (signatureWindow(statement) !== 'open' || !statement.signatureClosesAt) return null
  const t = await getTranslations({ locale, namespace: 'StatementPage' })
  return (
    <p className="notice sign-on-invitation">
      {t.rich('signOn', {
        date: closingDate(locale, statement.signatureClosesAt),
        link: (text) => <a href={`${localized(locale, paths.statement(slug))}/sign`}>{text}</a>,
      })}
    </p>
  )
}

import { hasLocale } from 'next-intl'

import { localeCodes } from '@/i18n/locales'
import { payloadClient } from '@/lib/data/payload'
import { signOnStatement } from '@/lib/data/signOn'
import { escapeHtml, paragraph, shortPage } from '@/lib/proxy/answers'
import { localized, paths } from '@/lib/paths'
import { confirmSignOn } from '@/lib/signatories/confirmSignOn'
import { signOnTranslator } from '@/lib/signatories/signOnMessages'

/**
 * GET /[locale]/sign/confirm?token=…: the link of the confirmation email. It confirms the address
 * only; the request is published once an editor verifies it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Not found', { status: 404 })
  const t = signOnTranslator(locale)
  const token = new URL(request.url).searchParams.get('token')
  const confirmation = await confirmSignOn(await payloadClient(), token)
  if (confirmation.result === 'unknown')
    return shortPage(locale, 404, t('invalidTitle'), paragraph(t('invalid')))
  if (confirmation.result === 'expired')
    return shortPage(locale, 410, t('expiredTitle'), paragraph(t('expired')))
  const statement = await signOnStatement(locale, confirmation.statementId)
  const back = statement
    ? `<p><a href="${escapeHtml(localized(locale, paths.statement(statement.slug)))}">${escapeHtml(t('back'))}</a></p>`
    : ''
  return shortPage(
    locale,
    200,
    t('confirmedTitle'),
    paragraph(t('confirmed', { title: statement?.title ?? '' })) + back,
  )
}

import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { localeCodes } from '@/i18n/locales'
import { stateRecord } from '@/lib/data/reactions'
import { atomResponse } from '@/lib/feeds/atom'
import { stateFeedXml } from '@/lib/feeds/stateFeed'
import { decodeSegment } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'

type Params = { params: Promise<{ locale: string; iso2: string }> }

/** A State's reactions as an Atom feed; its code is spelled as on its page (lowercase), or redirected there. */
export async function GET(_request: Request, { params }: Params) {
  const { locale, iso2 } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Unknown language.', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Feeds' })
  const code = decodeSegment(iso2)
  if (code === null || !/^[a-z]{2}$/i.test(code))
    return new Response(t('unknownState', { code: code ?? iso2 }), { status: 404 })
  if (code !== code.toLowerCase())
    return new Response(null, {
      status: 308,
      headers: { location: localized(locale, paths.stateFeed(code)) },
    })
  const record = await stateRecord(locale, code.toUpperCase())
  if (!record) return new Response(t('unknownState', { code }), { status: 404 })
  return atomResponse(await stateFeedXml(locale, record.state, record.reactions))
}

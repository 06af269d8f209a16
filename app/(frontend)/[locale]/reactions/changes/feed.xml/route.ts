import { hasLocale } from 'next-intl'

import { localeCodes } from '@/i18n/locales'
import { trackerData } from '@/lib/data/reactions'
import { atomResponse } from '@/lib/feeds/atom'
import { stanceChangesFeedXml } from '@/lib/feeds/stanceChangesFeed'
import { stanceChanges } from '@/lib/reactions/history'

/** The States whose latest stance differs from their previous one, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Unknown language.', { status: 404 })
  return atomResponse(await stanceChangesFeedXml(locale, stanceChanges(await trackerData(locale))))
}

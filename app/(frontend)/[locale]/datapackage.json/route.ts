import { hasLocale } from 'next-intl'

import { localeCodes } from '@/i18n/locales'
import { currentRelease } from '@/lib/dataReleases/status'
import { dataPackage } from '@/lib/openData/dataPackage'

import { openDataHeaders, releaseHeaders } from '../reactions/openDataRequest'

/**
 * /[locale]/datapackage.json: the Frictionless Tabular Data Package describing reactions.csv and
 * signatories.csv beside it, with the latest data release and whether they match it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Not found', { status: 404 })
  const release = await currentRelease(locale, 'datapackage.json')
  return Response.json(dataPackage(locale, new Date(), release), {
    headers: { ...openDataHeaders, ...releaseHeaders(release) },
  })
}

import { getTranslations } from 'next-intl/server'

import { currentRelease } from '@/lib/dataReleases/status'
import { toJson } from '@/lib/reactions/openData'

import {
  openDataHeaders,
  readOpenDataRequest,
  refusalHeaders,
  releaseHeaders,
} from '../reactions/openDataRequest'

/** /[locale]/reactions.json: the tracker's reactions with the page's own filters, with its licence. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const read = await readOpenDataRequest(request, (await params).locale)
  if (read.kind === 'unknown-locale') return new Response('Not found', { status: 404 })
  if (read.kind === 'invalid-filters')
    return Response.json({ errors: read.problems }, { status: 400, headers: refusalHeaders })
  const release = await currentRelease(read.locale, 'reactions.json')
  const t = await getTranslations({ locale: read.locale, namespace: 'Reactions' })
  return Response.json(
    { ...toJson(read.tracker, read.filters, t('dataLicence')), release },
    {
      headers: {
        ...openDataHeaders,
        ...releaseHeaders(release),
        'content-disposition': `inline; filename="${read.fileName}.json"`,
      },
    },
  )
}

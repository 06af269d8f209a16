import { getTranslations } from 'next-intl/server'

import { currentRelease } from '@/lib/dataReleases/status'
import { signatoriesJson } from '@/lib/signatories/openData'

import {
  openDataHeaders,
  readSignatoriesRequest,
  refusalHeaders,
  releaseHeaders,
} from '../signatories/openDataRequest'

/** /[locale]/signatories.json: joint statements' signatories (public fields only), with the licence. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const read = await readSignatoriesRequest(request, (await params).locale)
  if (read.kind === 'unknown-locale') return new Response('Not found', { status: 404 })
  if (read.kind === 'invalid-filters') {
    const errors = read.problems.map((message) => ({ message }))
    return Response.json({ errors }, { status: 400, headers: refusalHeaders })
  }
  const release = await currentRelease(read.locale, 'signatories.json')
  const t = await getTranslations({ locale: read.locale, namespace: 'Signatories' })
  return Response.json(
    { ...signatoriesJson(read.rows, read.filters, t('dataLicence')), release },
    {
      headers: {
        ...openDataHeaders,
        ...releaseHeaders(release),
        'content-disposition': `inline; filename="${read.fileName}.json"`,
      },
    },
  )
}

import { currentRelease } from '@/lib/dataReleases/status'
import { signatoriesCsv } from '@/lib/signatories/openData'

import {
  openDataHeaders,
  readSignatoriesRequest,
  refusalHeaders,
  releaseHeaders,
} from '../signatories/openDataRequest'

/** /[locale]/signatories.csv: joint statements' signatories (public fields only), as a CSV file. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const read = await readSignatoriesRequest(request, (await params).locale)
  if (read.kind === 'unknown-locale') return new Response('Not found', { status: 404 })
  // A line of text per problem: a CSV file would read as an empty result.
  if (read.kind === 'invalid-filters') {
    return new Response(read.problems.map((problem) => `${problem}\n`).join(''), {
      status: 400,
      headers: { ...refusalHeaders, 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const release = await currentRelease(read.locale, 'signatories.csv')
  return new Response(signatoriesCsv(read.rows), {
    headers: {
      ...openDataHeaders,
      ...releaseHeaders(release),
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${read.fileName}.csv"`,
    },
  })
}

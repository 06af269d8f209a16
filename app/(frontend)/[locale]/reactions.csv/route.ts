import { currentRelease } from '@/lib/dataReleases/status'
import { toCsv } from '@/lib/reactions/openData'

import {
  openDataHeaders,
  readOpenDataRequest,
  refusalHeaders,
  releaseHeaders,
} from '../reactions/openDataRequest'

/** /[locale]/reactions.csv: the tracker's reactions with the page's own filters, as a CSV file. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const read = await readOpenDataRequest(request, (await params).locale)
  if (read.kind === 'unknown-locale') return new Response('Not found', { status: 404 })
  // A line of text per problem: a CSV file would read as an empty result.
  if (read.kind === 'invalid-filters') {
    return new Response(read.problems.map((problem) => `${problem.message}\n`).join(''), {
      status: 400,
      headers: { ...refusalHeaders, 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const release = await currentRelease(read.locale, 'reactions.csv')
  return new Response(toCsv(read.tracker), {
    headers: {
      ...openDataHeaders,
      ...releaseHeaders(release),
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${read.fileName}.csv"`,
    },
  })
}

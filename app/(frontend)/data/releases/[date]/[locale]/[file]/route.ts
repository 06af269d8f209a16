import { hasLocale } from 'next-intl'

import { localeCodes } from '@/i18n/locales'
import { dataReleaseFile } from '@/lib/data/dataReleases'
import { isReleaseFileName, releaseDatePattern } from '@/lib/dataReleases/layout'

type Params = { date: string; locale: string; file: string }

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const

const notFound = () =>
  new Response('No such data release file: see /en/data for the releases.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * /data/releases/<YYYY-MM-DD>/<locale>/<file>: one file of a data release, byte for byte as it
 * was made. It never changes, so it is cached for a year everywhere and never revalidated.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { date, locale, file } = await params
  if (!releaseDatePattern.test(date) || !hasLocale(localeCodes, locale) || !isReleaseFileName(file))
    return notFound()
  const text = await dataReleaseFile(date, locale, file)
  if (text === null) return notFound()
  const extension = file.endsWith('.csv') ? 'csv' : 'json'
  return new Response(text, {
    headers: {
      'content-type': contentTypes[extension],
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
      ...(extension === 'csv'
        ? { 'content-disposition': `attachment; filename="amicus-${date}-${locale}-${file}"` }
        : {}),
    },
  })
}

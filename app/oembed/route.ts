import type { NextRequest } from 'next/server'
import { getTranslations } from 'next-intl/server'

import { stateRecord } from '@/lib/data/reactions'
import { oembedResponse, readOembedRequest } from '@/lib/embeds/oembed'
import { env } from '@/lib/env'

/** Like the embeds themselves, the answer changes only when a reaction or State does. */
const cacheable = {
  'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
}
const refusal = { 'cache-control': 'public, max-age=0, s-maxage=60' }

/** /oembed?url=…: the oEmbed endpoint of the tracker's embeds (lib/embeds/oembed.ts). */
export async function GET(request: NextRequest) {
  const origin = env.NEXT_PUBLIC_SERVER_URL
  const read = readOembedRequest(request.nextUrl.searchParams, origin)
  if (read.kind === 'invalid')
    return Response.json({ errors: read.problems }, { status: 400, headers: refusal })
  if (read.kind === 'unsupported-format')
    return Response.json(
      { errors: [`format ${read.format} is not offered: only json is`] },
      { status: 501, headers: refusal },
    )
  const notEmbeddable = () =>
    Response.json(
      {
        errors: [
          'This address is not one this site embeds: the tracker, a State’s page or an embed.',
        ],
      },
      { status: 404, headers: refusal },
    )
  if (read.kind === 'not-embeddable') return notEmbeddable()

  const [t, tMetadata] = await Promise.all([
    getTranslations({ locale: read.locale, namespace: 'Embeds' }),
    getTranslations({ locale: read.locale, namespace: 'Metadata' }),
  ])
  let stateName = ''
  if (read.embed.kind === 'state') {
    const record = await stateRecord(read.locale, read.embed.iso2.toUpperCase())
    if (!record) return notEmbeddable()
    stateName = record.state.name
  }
  return Response.json(
    oembedResponse({
      ...read,
      title: t('title', { embed: read.embed.kind, state: stateName }),
      origin,
      providerName: tMetadata('siteName'),
    }),
    { headers: cacheable },
  )
}

import { z } from 'zod'

import type { Locale } from '@/i18n/locales'

import { type Embed, embedAt, embedHeights, embedPath } from './addresses'
import { iframeHtml } from './iframe'

/**
 * oEmbed 1.0 (https://oembed.com/): given the address of an embed or of the page it stands for,
 * the iframe to insert, as a "rich" response. JSON only; the spec's answer to any other format
 * is 501 Not Implemented.
 */

const dimension = (name: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,4}$/, { error: `${name} must be a whole number of pixels, from 1 to 99999` })
    .transform(Number)
    .optional()

const query = z.object({
  url: z
    .string({ error: 'url is required: the address of the tracker, a State’s page or an embed' })
    .pipe(z.url({ error: 'url must be an absolute address, such as https://…/en/reactions' })),
  format: z.string().optional(),
  maxwidth: dimension('maxwidth'),
  maxheight: dimension('maxheight'),
})

export type OembedRequest =
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'unsupported-format'; format: string }
  | { kind: 'not-embeddable' }
  | { kind: 'embed'; locale: Locale; embed: Embed; maxwidth?: number; maxheight?: number }

/** What a request to the endpoint asks for, read from its query string; `origin` is this site's. */
export function readOembedRequest(params: URLSearchParams, origin: string): OembedRequest {
  const parsed = query.safeParse(Object.fromEntries(params))
  if (!parsed.success)
    return { kind: 'invalid', problems: parsed.error.issues.map((issue) => issue.message) }
  const { url, format, maxwidth, maxheight } = parsed.data
  if (format !== undefined && format !== 'json') return { kind: 'unsupported-format', format }
  const target = embedAt(new URL(url), origin)
  if (!target) return { kind: 'not-embeddable' }
  return { kind: 'embed', ...target, maxwidth, maxheight }
}

/** The width offered when the consumer sets none: a column of text, which the content fills. */
const defaultWidth = 640

/** The oEmbed response for an embed, within the consumer's maximum size. */
export function oembedResponse({
  locale,
  embed,
  maxwidth,
  maxheight,
  title,
  origin,
  providerName,
}: Extract<OembedRequest, { kind: 'embed' }> & {
  title: string
  origin: string
  providerName: string
}) {
  const width = Math.min(defaultWidth, maxwidth ?? defaultWidth)
  const height = Math.min(embedHeights[embed.kind], maxheight ?? embedHeights[embed.kind])
  const src = new URL(embedPath(locale, embed), origin).toString()
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: providerName,
    provider_url: new URL('/', origin).toString(),
    cache_age: 3600,
    html: iframeHtml({ src, title, width, height }),
    width,
    height,
  }
}

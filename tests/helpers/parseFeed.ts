import FeedParser from 'feedparser'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

export type ParsedFeed = {
  meta: FeedParser.Meta
  /** The feed's own id (Atom's `id`; feedparser keeps it among the raw elements). */
  id: string | null
  items: FeedParser.Item[]
}

/**
 * A feed as a feed reader reads it: `feedparser` on the bytes, in strict XML mode (its default
 * forgives markup no reader should have to forgive), its items in document order.
 */
export function parseFeed(body: string | ReadableStream<Uint8Array>): Promise<ParsedFeed> {
  const options: FeedParser.Options & { strict: boolean } = { strict: true, normalize: true }
  const parser = new FeedParser(options)
  const items: FeedParser.Item[] = []
  return new Promise((resolve, reject) => {
    parser.on('error', reject)
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item)
    })
    parser.on('end', () => {
      const meta = parser.meta as FeedParser.Meta & { 'atom:id'?: { '#'?: string } }
      resolve({ meta, id: meta['atom:id']?.['#'] ?? null, items })
    })
    const source =
      typeof body === 'string'
        ? Readable.from([body])
        : Readable.fromWeb(body as WebReadableStream<Uint8Array>)
    source.on('error', reject)
    source.pipe(parser)
  })
}

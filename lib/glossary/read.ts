import type { Payload, PayloadRequest } from 'payload'

import { entryOf } from './entry'
import type { GlossaryEntry } from './match'

/**
 * The whole glossary, as matching reads it. A coalition's glossary is tens or hundreds of terms:
 * read at once, matched in memory.
 */
export async function glossaryEntries(
  payload: Payload,
  req?: PayloadRequest,
): Promise<GlossaryEntry[]> {
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    pagination: false,
    depth: 0,
    sort: 'term',
    overrideAccess: true,
    req,
  })
  return docs.map(entryOf)
}

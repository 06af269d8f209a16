import type { CollectionSlug, PayloadRequest } from 'payload'

import { relationId } from '@/lib/signatories/relations'

/**
 * A required relationship's validation that names the problem: an id that points at no document
 * would otherwise reach the database and come back as a bare foreign-key refusal.
 */
export const existingRelation =
  (collection: CollectionSlug, missing: string, unknown: (id: number) => string) =>
  async (value: unknown, { req }: { req: PayloadRequest }): Promise<string | true> => {
    if (value === null || value === undefined || value === '') return missing
    const id = relationId(value)
    if (id === undefined) return unknown(Number.NaN)
    const { totalDocs } = await req.payload.count({
      collection,
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0 || unknown(id)
  }

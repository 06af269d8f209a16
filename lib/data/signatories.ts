import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { signatoryTypes } from '@/lib/signatories/kinds'
import { relationId } from '@/lib/signatories/relations'
import type { NamesByLocale, SignatoriesData } from '@/lib/signatories/types'
import { inAllLocales } from '@/lib/statements/allLocales'

import { payloadClient } from './payload'
import { cardSelect, type StatementCard, toCard } from './statements'

/**
 * Joint statements' signatories as readers see them: every verified signature of a published
 * statement and the organizations that made them, with every language's names, read once with an
 * anonymous visitor's access (requested signatures, contact and sign-on fields never leave the
 * database) and cached until a signature, an organization or a State changes. The views (order,
 * counts, filters, open data) are computed from it in lib/signatories/.
 */
export const signatoriesData = unstable_cache(
  async (): Promise<SignatoriesData> => {
    const payload = await payloadClient()
    const [signatures, signatories] = await Promise.all([
      payload.find({
        collection: 'signatures',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { statement: true, signatory: true, signedAt: true },
      }),
      payload.find({
        collection: 'signatories',
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { slug: true, name: true, country: true, type: true, website: true },
      }),
    ])
    const countryIds = [
      ...new Set(signatories.docs.flatMap((doc) => relationId(doc.country) ?? [])),
    ]
    const states = await payload.find({
      collection: 'states',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      where: { id: { in: countryIds } },
      select: { iso2: true, name: true },
    })
    const iso2 = new Map(states.docs.map((state) => [state.id, state.iso2]))
    const types = new Set<string>(signatoryTypes.map(({ value }) => value))
    const visible = signatories.docs.flatMap((doc) => {
      const country = iso2.get(relationId(doc.country) ?? 0)
      if (!country || !doc.slug || !types.has(doc.type)) return []
      return [
        {
          id: doc.id,
          slug: doc.slug,
          // Read with `locale: 'all'`: Payload's generated type describes one locale.
          names: doc.name as unknown as NamesByLocale,
          country,
          type: doc.type,
          website: doc.website ?? null,
        },
      ]
    })
    const ids = new Set(visible.map((signatory) => signatory.id))
    return {
      signatories: visible,
      signatures: signatures.docs.flatMap((doc) => {
        const statement = relationId(doc.statement)
        const signatory = relationId(doc.signatory)
        if (statement === undefined || signatory === undefined || !ids.has(signatory)) return []
        return [{ statement, signatory, signedAt: doc.signedAt.slice(0, 10) }]
      }),
      countries: Object.fromEntries(
        states.docs.map((state) => [state.iso2, state.name as unknown as NamesByLocale]),
      ),
    }
  },
  ['signatories:data'],
  { tags: [cacheTags.signatories, cacheTags.reactions] },
)

/** The published statements with public signatures, as cards in the reader's language. */
export const signedStatements = unstable_cache(
  async (locale: Locale): Promise<Record<number, StatementCard>> => {
    const { signatures } = await signatoriesData()
    const ids = [...new Set(signatures.map((signature) => signature.statement))]
    if (ids.length === 0) return {}
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'statements',
      locale: 'all',
      draft: false,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      where: { id: { in: ids } },
      select: cardSelect,
    })
    return Object.fromEntries(docs.map((doc) => [doc.id, toCard(inAllLocales(doc), locale)]))
  },
  ['signatories:statements'],
  { tags: [cacheTags.signatories, cacheTags.statementLists] },
)

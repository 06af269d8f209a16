import type { Payload } from 'payload'

import type { ActorRef } from './fingerprint'

/** The States and organizations a reactions file names in its `actors` column, by code. */
export type ActorLookup = { states: Map<string, number>; organizations: Map<string, number> }

/** The codes in an `actors` cell: separated by semicolons, each once. */
export const codesIn = (value: string) => [
  ...new Set(
    value
      .split(';')
      .map((code) => code.trim())
      .filter(Boolean),
  ),
]

/** Every State and organization the file names, in two queries however long the file. */
export async function lookUpActors(payload: Payload, codes: string[]): Promise<ActorLookup> {
  if (codes.length === 0) return { states: new Map(), organizations: new Map() }
  // Both spellings of each code, so an editor who typed `fr` can be told it is `FR`.
  const upper = [...new Set(codes.map((code) => code.toUpperCase()))]
  const lower = [...new Set(codes.map((code) => code.toLowerCase()))]
  const [states, organizations] = await Promise.all([
    payload.find({
      collection: 'states',
      where: { iso2: { in: upper } },
      pagination: false,
      depth: 0,
      select: { iso2: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'organizations',
      where: { code: { in: lower } },
      pagination: false,
      depth: 0,
      select: { code: true },
      overrideAccess: true,
    }),
  ])
  return {
    states: new Map(states.docs.map((doc) => [doc.iso2, doc.id])),
    organizations: new Map(organizations.docs.map((doc) => [doc.code, doc.id])),
  }
}

/** The actor a code names, or why it names none. Case matters: `AU` is Australia, `au` the African Union. */
export function actorFor(code: string, lookup: ActorLookup): ActorRef | string {
  const state = lookup.states.get(code)
  if (state !== undefined) return { relationTo: 'states', value: state }
  const organization = lookup.organizations.get(code)
  if (organization !== undefined) return { relationTo: 'organizations', value: organization }
  const unknown = `“${code}” is not a known State code or organization code.`
  if (lookup.states.has(code.toUpperCase()))
    return `${unknown} State codes are in capitals: “${code.toUpperCase()}”.`
  if (lookup.organizations.has(code.toLowerCase()))
    return `${unknown} Organization codes are in lower case: “${code.toLowerCase()}”.`
  return unknown
}

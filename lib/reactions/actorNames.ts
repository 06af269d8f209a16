import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { ActorRef } from './fingerprint'

export type ActorNames = Record<ActorRef['relationTo'], ReadonlyMap<number, string>>

/**
 * Every State's and organization's name in one language: two queries however many rows a list
 * shows (a few hundred short names), where one query per row would be hundreds.
 */
export async function loadActorNames(payload: Payload, locale: Locale): Promise<ActorNames> {
  const read = (collection: ActorRef['relationTo']) =>
    payload
      .find({
        collection,
        locale,
        draft: false,
        depth: 0,
        pagination: false,
        select: { name: true },
        overrideAccess: true,
      })
      .then(({ docs }) => new Map(docs.map((doc) => [doc.id, doc.name])))
  const [states, organizations] = await Promise.all([read('states'), read('organizations')])
  return { states, organizations }
}

/** The actors' names in their order; one deleted since is shown by its number. */
export const actorNamesOf = (actors: ActorRef[], names: ActorNames): string[] =>
  actors.map(({ relationTo, value }) => names[relationTo].get(value) ?? `#${value}`)

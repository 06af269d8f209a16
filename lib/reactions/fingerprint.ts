import { createHash } from 'node:crypto'

import type { Reaction } from '@/payload-types'

import { dayOf } from './partyStatus'

export type ActorRef = { relationTo: 'states' | 'organizations'; value: number }

/** A reaction's actors as references, whether Payload gave them as ids or as documents. */
export const actorRefs = (actors: Reaction['actors'] | null | undefined): ActorRef[] =>
  (actors ?? []).map(({ relationTo, value }) => ({
    relationTo,
    value: typeof value === 'object' ? value.id : value,
  }))

/**
 * One reaction is one set of actors, on one day, with one source: the same three always give
 * the same fingerprint (actor order and URL spelling aside), which a unique index turns into
 * "importing a file twice creates nothing new".
 */
export function reactionFingerprint(actors: ActorRef[], date: string, sourceUrl: string): string {
  const who = actors
    .map((actor) => `${actor.relationTo}:${actor.value}`)
    .sort()
    .join(',')
  const source = new URL(sourceUrl.trim()).href
  return createHash('sha256')
    .update(`${who}|${dayOf(date)}|${source}`)
    .digest('hex')
    .slice(0, 32)
}

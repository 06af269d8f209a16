import { createHash } from 'node:crypto'

import { dayOf } from './partyStatus'

export type ActorRef = { relationTo: 'states' | 'organizations'; value: number }

/**
 * One reaction is one set of actors, on one day, with one source: the same three always give
 * the same fingerprint (actor order and URL spelling aside), which a unique index turns into
 * "importing a file twice creates nothing new".
 */
export function reactionFingerprint(actors: ActorRef[], date: string, sourceUrl: string): string {
  const who = actors.map((actor) => `${actor.relationTo}:${actor.value}`).sort().join(',')
  const source = new URL(sourceUrl.trim()).href
  return createHash('sha256').update(`${who}|${dayOf(date)}|${source}`).digest('hex').slice(0, 32)
}

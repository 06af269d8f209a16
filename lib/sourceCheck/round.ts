import type { Payload } from 'payload'

import { env } from '@/lib/env'

import { checkSource } from './checkSource'
import { hostSpacing, interleaveHosts } from './hostSpacing'
import { dueSources, recordCheck } from './record'
import type { SourceCheckStatus } from './statuses'

export type SourceCheckSettings = {
  /** A source is checked again once its last check is this old. */
  everyHours: number
  /** At most one request per host this often. */
  hostSpacingMs: number
  /** The time one source gets for all its requests. */
  timeoutMs: number
  /** No new check starts once a round has run this long. */
  roundMs: number
  userAgent: string
}

/** The settings from the environment (lib/env.ts). */
export function sourceCheckSettings(): SourceCheckSettings {
  return {
    everyHours: env.SOURCE_CHECK_EVERY_HOURS,
    hostSpacingMs: env.SOURCE_CHECK_HOST_SPACING_SECONDS * 1000,
    timeoutMs: env.SOURCE_CHECK_TIMEOUT_SECONDS * 1000,
    roundMs: env.SOURCE_CHECK_SECONDS_PER_ROUND * 1000,
    userAgent: `AmicusSourceCheck/1.0 (+${env.NEXT_PUBLIC_SERVER_URL})`,
  }
}

/** How many due sources a round looks at; those it has no time for stay due for the next. */
const sourcesPerRound = 50

export type SourceCheckRound = Record<SourceCheckStatus, number>

/**
 * One round of source checks, called by the job runner's round (lib/jobs/runDueJobs.ts) once a
 * minute across instances: the due sources, each host's spread out, one after the other until
 * the round's time is up. A round lasts at most `roundMs` plus one source's `timeoutMs`.
 */
export async function checkDueSources(
  payload: Payload,
  settings: SourceCheckSettings = sourceCheckSettings(),
): Promise<SourceCheckRound> {
  const started = Date.now()
  const before = new Date(started - settings.everyHours * 3_600_000)
  const sources = interleaveHosts(await dueSources(payload, before, sourcesPerRound))
  const politely = hostSpacing(settings.hostSpacingMs)
  const outcome: SourceCheckRound = { ok: 0, redirected: 0, failed: 0, unreachable: 0 }
  for (const source of sources) {
    if (Date.now() - started >= settings.roundMs) break
    const result = await checkSource(source.sourceUrl, { ...settings, politely })
    await recordCheck(payload, source, result, new Date())
    outcome[result.status]++
  }
  return outcome
}

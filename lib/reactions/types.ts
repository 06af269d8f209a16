import type { Locale } from '@/i18n/locales'

import type { RegionalGroup } from './regionalGroups'
import type { Stance } from './stances'

/**
 * The tracker's data as lib/data/reactions.ts reads it: every State with the dates that define
 * its party status, and every verified reaction. The view logic in this folder takes it as an
 * argument and never reads the database itself.
 */

export type TrackerState = {
  id: number
  iso2: string
  iso3: string
  name: string
  regionalGroup: RegionalGroup | null
  depositDate: string | null
  entryIntoForce: string | null
  withdrawalEffective: string | null
}

export type TrackerActor =
  | { type: 'state'; iso2: string; name: string }
  | { type: 'organization'; code: string; name: string }

/** A public correction of a verified reaction (lib/reactions/corrections.ts). */
export type TrackerCorrection = {
  /** When it was made (a timestamp). */
  correctedAt: string
  reason: string
  /** The language the reason is in: the page's, else English, else the one it was written in. */
  reasonLocale: Locale
}

export type TrackerReaction = {
  id: number
  date: string
  stance: Stance
  actors: TrackerActor[]
  summary: string | null
  /** The language the summary is in: the page's, or English when it has no summary in the page's. */
  summaryLocale: Locale
  quote: string | null
  quoteLanguage: string | null
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string | null
  /** A saved copy of the source, for when the source moves or disappears. */
  archivedUrl: string | null
  sample: boolean
  relatedStatements: number[]
  /** Newest first. */
  corrections: TrackerCorrection[]
}

export type TrackerData = { states: TrackerState[]; reactions: TrackerReaction[] }

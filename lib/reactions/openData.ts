import { stringify } from 'csv-stringify/sync'

import type { TrackerFilters } from './filters'
import type { Tracker } from './tracker'
import type { TrackerReaction } from './types'

/**
 * The tracker's reactions as open data. The column names are part of the published format
 * (documented in docs/open-data.md): add columns at the end, never rename or reorder.
 */
export const openDataColumns = [
  'id',
  'date',
  'stance',
  'actor_codes',
  'actor_names',
  'actor_types',
  'summary',
  'summary_language',
  'quote',
  'quote_language',
  'source_url',
  'source_title',
  'source_publisher',
  'sample',
  'archived_url',
] as const

export type OpenDataRow = Record<
  (typeof openDataColumns)[number],
  string | number | boolean | string[]
>

export function openDataRow(reaction: TrackerReaction): OpenDataRow {
  return {
    id: reaction.id,
    date: reaction.date,
    stance: reaction.stance,
    actor_codes: reaction.actors.map((actor) => (actor.type === 'state' ? actor.iso2 : actor.code)),
    actor_names: reaction.actors.map((actor) => actor.name),
    actor_types: reaction.actors.map((actor) => actor.type),
    summary: reaction.summary ?? '',
    summary_language: reaction.summaryLocale,
    quote: reaction.quote ?? '',
    quote_language: reaction.quoteLanguage ?? '',
    source_url: reaction.sourceUrl,
    source_title: reaction.sourceTitle,
    source_publisher: reaction.sourcePublisher ?? '',
    sample: reaction.sample,
    archived_url: reaction.archivedUrl ?? '',
  }
}

/** CSV: UTF-8 with a byte-order mark (so spreadsheets read accents and Arabic), lists joined with “;”. */
export function toCsv(tracker: Tracker): string {
  const rows = tracker.reactions.map((reaction) => {
    const row = openDataRow(reaction)
    return openDataColumns.map((column) => {
      const value = row[column]
      return Array.isArray(value)
        ? value.join(';')
        : typeof value === 'boolean'
          ? value
            ? 'yes'
            : 'no'
          : value
    })
  })
  return `\uFEFF${stringify([[...openDataColumns], ...rows])}`
}

export function toJson(tracker: Tracker, filters: TrackerFilters, licence: string) {
  return {
    licence,
    generatedAt: new Date().toISOString(),
    period: { from: tracker.from, to: tracker.to },
    filters: {
      stance: filters.stance,
      group: filters.group,
      party: filters.party,
      defended: filters.defended,
    },
    columns: openDataColumns,
    count: tracker.reactions.length,
    reactions: tracker.reactions.map((reaction) => openDataRow(reaction)),
  }
}

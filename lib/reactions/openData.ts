import { stringify } from 'csv-stringify/sync'

import { localeCodes } from '@/i18n/locales'
import { type FieldSchema, listOf } from '@/lib/openData/tableSchema'

import type { TrackerFilters } from './filters'
import { stanceValues } from './stances'
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

/** Each column's Table Schema field (datapackage.json): a column needs one to type-check. */
export const openDataFields: Record<(typeof openDataColumns)[number], FieldSchema> = {
  id: {
    type: 'integer',
    description: "The reaction's stable number.",
    constraints: { required: true, unique: true },
  },
  date: {
    type: 'date',
    description: 'The day of the reaction (YYYY-MM-DD).',
    constraints: { required: true },
  },
  stance: {
    type: 'string',
    description:
      'What the reaction says about the Court: condemns (threats or sanctions against it), supports (reaffirms support or cooperation), concern, opposes (supports measures against it) or other.',
    constraints: { required: true, enum: stanceValues },
  },
  actor_codes: listOf(
    "The actors' codes: ISO 3166-1 alpha-2 for States, the organization's code otherwise",
  ),
  actor_names: listOf("The actors' names in the file's language, in the order of actor_codes"),
  actor_types: listOf("Each actor's type, state or organization, in the order of actor_codes"),
  summary: {
    type: 'string',
    description: "The summary in the file's language, or in English where there is none.",
  },
  summary_language: {
    type: 'string',
    description: 'The language of the summary.',
    constraints: { required: true, enum: localeCodes },
  },
  quote: { type: 'string', description: 'The words as published, in their original language.' },
  quote_language: { type: 'string', description: 'The language of the quote (a BCP 47 tag).' },
  source_url: {
    type: 'string',
    format: 'uri',
    description: 'Where it was said.',
    constraints: { required: true },
  },
  source_title: {
    type: 'string',
    description: 'The title of the source.',
    constraints: { required: true },
  },
  source_publisher: { type: 'string', description: 'Who published the source.' },
  sample: {
    type: 'boolean',
    trueValues: ['yes'],
    falseValues: ['no'],
    description: 'yes for demonstration data, which is not a fact.',
    constraints: { required: true },
  },
  archived_url: {
    type: 'string',
    format: 'uri',
    description: 'A saved copy of the source (a web archive), where an editor recorded one.',
  },
}

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

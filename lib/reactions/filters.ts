import { z } from 'zod'

import { type RegionalGroup, regionalGroupValues } from './regionalGroups'
import { type Stance, stanceValues } from './stances'

/**
 * The tracker's filters, GET parameters that its page and its open data (reactions.csv and
 * .json) take alike. A value the tracker cannot apply is an error naming the parameter and what
 * it accepts, never dropped: a researcher with a typo would otherwise get the whole set believing
 * it filtered. Parameters the tracker does not know (utm_source, a cache-buster) are ignored, as
 * on the statements index.
 */

export const sortKeys = ['name', 'group', 'party', 'stance', 'count', 'latest'] as const
export type SortKey = (typeof sortKeys)[number]

/** What each parameter with a fixed set of values accepts (an empty value is no filter). */
export const filterChoices = {
  stance: [...stanceValues, 'none'],
  group: regionalGroupValues,
  party: ['yes', 'no'],
  // Only `yes`: a `no` would read as "States that did not defend the Court", which is no filter we have.
  defended: ['yes'],
  sort: sortKeys,
  dir: ['asc', 'desc'],
} as const

type ChoiceParameter = keyof typeof filterChoices
export type FilterParameter = 'from' | 'to' | ChoiceParameter

export type TrackerFilters = {
  from: string | null
  to: string
  stance: Stance | 'none' | null
  group: RegionalGroup | null
  party: 'yes' | 'no' | null
  /** Only States that defended the Court in the period: with `party`, the headline's States. */
  defended: boolean
  sort: SortKey
  dir: 'asc' | 'desc'
}

/** GET parameters as Next hands them to a page: a repeated parameter is an array. */
export type QueryParams = Record<string, string | string[] | undefined>

export function queryParams(search: URLSearchParams): QueryParams {
  const params: Record<string, string | string[]> = {}
  for (const [key, value] of search) {
    const seen = params[key]
    params[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  return params
}

/** Why a filter cannot be applied; `value` as received, repeated values joined. */
export type FilterProblem = { parameter: FilterParameter; value: string } & (
  | { kind: 'choice'; accepted: readonly string[] }
  | { kind: 'date' }
  | { kind: 'future'; today: string }
  | { kind: 'order'; to: string }
)

export type ParsedFilters =
  { ok: true; filters: TrackerFilters } | { ok: false; problems: FilterProblem[] }

// The tracker's form sends an empty value for "any"; a repeated parameter stays an array, which
// no schema below accepts.
const given = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())
const choice = <P extends ChoiceParameter>(parameter: P) => given(z.enum(filterChoices[parameter]))

function filtersSchema(today: string) {
  const day = z.iso.date()
  return z
    .object({
      from: given(day),
      to: given(day.refine((value) => value <= today, { params: { kind: 'future', today } })),
      stance: choice('stance'),
      group: choice('group'),
      party: choice('party'),
      defended: choice('defended'),
      sort: choice('sort'),
      dir: choice('dir'),
    })
    .superRefine(({ from, to = today }, context) => {
      if (from && from > to)
        context.addIssue({ code: 'custom', path: ['from'], params: { kind: 'order', to } })
    })
    .transform((query): TrackerFilters => ({
      from: query.from ?? null,
      to: query.to ?? today,
      stance: query.stance ?? null,
      group: query.group ?? null,
      party: query.party ?? null,
      defended: query.defended === 'yes',
      sort: query.sort ?? 'name',
      dir: query.dir ?? 'asc',
    }))
}

/** The tracker with no filter: its default view. */
export const defaultFilters = (today: string): TrackerFilters => filtersSchema(today).parse({})

function problemOf(issue: z.core.$ZodIssue, params: QueryParams): FilterProblem {
  const parameter = issue.path[0] as FilterParameter
  const raw = params[parameter]
  const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '')
  if (parameter in filterChoices)
    return {
      parameter,
      value,
      kind: 'choice',
      accepted: filterChoices[parameter as ChoiceParameter],
    }
  const found =
    issue.code === 'custom'
      ? (issue.params as { kind: 'future'; today: string } | { kind: 'order'; to: string })
      : undefined
  return found ? { parameter, value, ...found } : { parameter, value, kind: 'date' }
}

/** The filters of a query, or what is wrong with them (one problem per parameter). */
export function parseFilters(params: QueryParams, today: string): ParsedFilters {
  const parsed = filtersSchema(today).safeParse(params)
  if (parsed.success) return { ok: true, filters: parsed.data }
  const problems = new Map<FilterParameter, FilterProblem>()
  for (const issue of parsed.error.issues) {
    const problem = problemOf(issue, params)
    if (!problems.has(problem.parameter)) problems.set(problem.parameter, problem)
  }
  return { ok: false, problems: [...problems.values()] }
}

/** The filters as GET parameters (without the defaults), for links, downloads and the form. */
export function filtersToQuery(
  filters: TrackerFilters,
  today: string,
  overrides: Partial<TrackerFilters> = {},
): string {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  if (merged.from) params.set('from', merged.from)
  if (merged.to !== today) params.set('to', merged.to)
  if (merged.stance) params.set('stance', merged.stance)
  if (merged.group) params.set('group', merged.group)
  if (merged.party) params.set('party', merged.party)
  if (merged.defended) params.set('defended', 'yes')
  if (merged.sort !== 'name') params.set('sort', merged.sort)
  if (merged.dir !== 'asc') params.set('dir', merged.dir)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** What the headline's "N States Parties have defended the Court" counts, in the same period. */
export const defendedView: Partial<TrackerFilters> = {
  stance: null,
  group: null,
  party: 'yes',
  defended: true,
}

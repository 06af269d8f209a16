import {
  type FilterProblem,
  filterChoices,
  filtersToQuery,
  parseFilters,
  queryParams,
} from '@/lib/reactions/filters'
import { parseSignatoryFilters } from '@/lib/signatories/openData'
import { countryCode } from '@/lib/signatories/view'
import { indexQueryString, readIndexQuery } from '@/lib/statements/indexQuery'

/**
 * One spelling per question for the pages that take one in their query string. Equal questions
 * asked with their parameters in another order, with defaults or empty form fields, in other
 * letter case or with parameters the page does not read are redirected to it, so that the edge
 * and the app keep one copy of each answer and count one entry for it.
 */
export type Canonical = { ok: true; query: string } | { ok: false; problems: FilterProblem[] }

/** A search as the index reads it: case, spacing and Unicode spelling do not change its results. */
function canonicalSearch(search: URLSearchParams): string {
  const q = (search.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
  return q ? new URLSearchParams({ q }).toString() : ''
}

/** The tracker's filters (page and open data alike), their accepted values matched in any case. */
function canonicalTracker(search: URLSearchParams, today: string): Canonical {
  const params = queryParams(search)
  for (const [name, accepted] of Object.entries(filterChoices)) {
    const value = params[name]
    if (typeof value !== 'string') continue
    const lower = value.trim().toLowerCase()
    params[name] = accepted.find((choice) => choice.toLowerCase() === lower) ?? value
  }
  for (const name of ['from', 'to']) {
    const value = params[name]
    if (typeof value === 'string') params[name] = value.trim()
  }
  const parsed = parseFilters(params, today)
  if (!parsed.ok) return parsed
  return { ok: true, query: filtersToQuery(parsed.filters, today).replace(/^\?/, '') }
}

/** The signatories' files: refused filters are the files' own 400, so they pass unchanged. */
function canonicalSignatories(search: URLSearchParams): Canonical {
  const parsed = parseSignatoryFilters(search)
  if (!parsed.ok) return { ok: true, query: search.toString() }
  const { country, statement } = parsed.filters
  const query = new URLSearchParams()
  if (country) query.set('country', country)
  if (statement) query.set('statement', String(statement))
  return { ok: true, query: query.toString() }
}

/** A joint statement's signatories from one country: `?country=KE`. */
function canonicalCountry(search: URLSearchParams): string {
  const asked = search.get('country')?.trim()
  if (!asked) return ''
  return new URLSearchParams({ country: countryCode(asked) ?? asked }).toString()
}

/** The one spelling of a live page's question; `page` is the path after the locale. */
export function canonicalQuery(page: string, search: URLSearchParams, today: string): Canonical {
  switch (page) {
    case 'statements':
      return { ok: true, query: indexQueryString(readIndexQuery(search)) }
    case 'search':
      return { ok: true, query: canonicalSearch(search) }
    case 'reactions':
    case 'reactions.csv':
    case 'reactions.json':
      return canonicalTracker(search, today)
    case 'signatories.csv':
    case 'signatories.json':
      return canonicalSignatories(search)
    default:
      return { ok: true, query: canonicalCountry(search) }
  }
}

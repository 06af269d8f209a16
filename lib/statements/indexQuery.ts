import { z } from 'zod'

import { type StatementKind, statementKinds } from '@/lib/statementKinds'

/**
 * The statements index's GET parameters, read the same way by the proxy (which sends every
 * spelling of one question to one address, so the edge keeps one copy) and by the page.
 * A value that makes no sense is dropped (the reader still gets a useful list), never an
 * error page; parameters the index does not know are dropped too.
 */
export type IndexQuery = { kind?: StatementKind; topic?: string; year?: number; page: number }

const lowerCase = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(lowerCase, schema.optional().catch(undefined))

const querySchema = z.object({
  kind: optional(z.enum(statementKinds.map((kind) => kind.value))),
  // A topic's address: letters of any script, digits and hyphens (lib/text/slugify).
  topic: optional(
    z
      .string()
      .max(200)
      .regex(/^[\p{L}\p{M}\p{N}-]+$/u),
  ),
  year: optional(z.coerce.number().int().min(1990).max(2100)),
  page: z.preprocess(lowerCase, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
})

/** The first value of each parameter, as a form or a hand-edited address gives them. */
export function readIndexQuery(search: URLSearchParams): IndexQuery {
  const first: Record<string, string> = {}
  for (const key of ['kind', 'topic', 'year', 'page']) {
    const value = search.get(key)
    if (value !== null && value !== '') first[key] = value
  }
  return querySchema.parse(first)
}

/** The one spelling of a question: parameters in alphabetical order, defaults left out. */
export function indexQueryString(query: IndexQuery): string {
  const search = new URLSearchParams()
  if (query.kind) search.set('kind', query.kind)
  if (query.page > 1) search.set('page', String(query.page))
  if (query.topic) search.set('topic', query.topic)
  if (query.year) search.set('year', String(query.year))
  return search.toString()
}

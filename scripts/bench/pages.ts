import { readFileSync } from 'node:fs'
import path from 'node:path'

import type pg from 'pg'

import { budgets } from './budgets'
import { distinctSearchPaths, type Page } from './rows'

const root = path.resolve(import.meta.dirname, '../..')

/** The index's page size, read from its module rather than imported (that needs Next and Payload). */
export function statementsPerPage(): number {
  const source = readFileSync(path.join(root, 'lib/data/statements.ts'), 'utf8')
  const found = /export const statementsPerPage = (\d+)/.exec(source)
  if (!found) throw new Error('statementsPerPage not found in lib/data/statements.ts')
  return Number(found[1])
}

/**
 * The pages measured on the app alone and through the edge, and the searches asked once each.
 * Addresses with a query are written as the site writes them (parameters in its order, defaults
 * left out, lower case), so that it answers them itself instead of redirecting.
 */
export async function pagesToMeasure(db: pg.Client) {
  const { rows } = await db.query<{ slug: string; locale: string }>(
    `SELECT slug, _locale::text AS locale FROM statements_locales WHERE slug IN ('bench-en-' || (SELECT max(id) FROM statements), 'bench-ar-' || (SELECT max(id) FROM statements))`,
  )
  const slugOf = (locale: string) => rows.find((row) => row.locale === locale)?.slug ?? ''
  const { rows: counts } = await db.query<{ published: number; first: number; last: number }>(
    `SELECT count(*)::int AS published,
            min(id) FILTER (WHERE source_revision = 'bench')::int AS first,
            max(id) FILTER (WHERE source_revision = 'bench')::int AS last
     FROM statements WHERE _status = 'published'`,
  )
  const { published, first, last } = counts[0]
  // Halfway through the index: page 500 of 1,000 at 10,000 statements.
  const deep = Math.max(2, Math.round(published / statementsPerPage() / 2))

  const statement = { name: 'statement (en)', path: `/en/statements/${slugOf('en')}` }
  const index = { name: 'index, page 1', path: '/en/statements' }
  const deepIndex = { name: `index, page ${deep}`, path: `/en/statements?page=${deep}` }
  const filtered = { name: 'tracker, filtered', path: '/en/reactions?stance=condemns&sort=latest' }
  const search = { name: 'search', path: '/en/search?q=sanctions+court' }

  const pages: Page[] = [
    { name: 'home', path: '/en', budget: budgets.cachedInApp },
    { ...statement, budget: budgets.cachedInApp },
    {
      name: 'statement (ar)',
      path: `/ar/statements/${encodeURIComponent(slugOf('ar'))}`,
      budget: budgets.cachedInApp,
    },
    // The index's default view is cached like a statement; its other pages are read per request.
    { ...index, budget: budgets.cachedInApp },
    deepIndex,
    { name: 'tracker', path: '/en/reactions', budget: budgets.cachedInApp },
    // Filtered views without dates are cached like the default view (one page per view).
    { ...filtered, budget: budgets.cachedInApp },
    { name: 'State page', path: '/en/states/fr', budget: budgets.cachedInApp },
    { ...search, budget: budgets.liveInApp(3) },
  ]
  const edgePages: Page[] = [statement, index, deepIndex, filtered, search].map((page) => ({
    ...page,
    budget: budgets.edge,
  }))
  const numbers = Array.from({ length: last - first + 1 }, (_, offset) => first + offset)
  return {
    pages,
    edgePages,
    distinct: distinctSearchPaths('en', numbers),
    distinctTracker: distinctTrackerPaths('en'),
  }
}

/**
 * Tracker views nobody asked before: each from a different day (views over chosen dates are
 * rendered per request), 2001 onwards, with the site's spelling of the query.
 */
function distinctTrackerPaths(locale: string): string[] {
  const first = Date.UTC(2001, 0, 1)
  return Array.from({ length: 9000 }, (_, day) => {
    const from = new Date(first + day * 86_400_000).toISOString().slice(0, 10)
    return `/${locale}/reactions?from=${from}&stance=condemns`
  })
}

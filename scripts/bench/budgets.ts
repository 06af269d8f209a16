/**
 * What each row of the benchmark must reach, judged on the figures of the same run (the ceiling
 * is measured in that run too, so a busy machine moves both). Every budget also asks for no
 * failed request: no connection error or timeout, and no answer other than 2xx — a redirect
 * included, since the bench asks for the addresses the site answers itself (normalized queries).
 */
export type Budget = {
  rule: string
  minOfCeiling?: number
  maxP99Ms?: number
  maxCpuMs?: number
  maxQueriesPerView?: number
}

export type Verdict = { rule: string; pass: boolean; missed: string[] }

export const budgets = {
  /** A page the app serves from its cache: a statement's rule (today 8–10% of the ceiling). */
  cachedInApp: {
    rule: '≥5% of ceiling, <0.1 queries/view',
    minOfCeiling: 0.05,
    // Counted from pg_stat_database over 500 views, with the app's own reads at most once a
    // second (the cache-invalidation log) among them: a quiet machine shows 0, a busy one a few
    // hundredths; a page that reads the database on its views shows 1 or more.
    maxQueriesPerView: 0.1,
  },
  /** A page rendered on every request (search, the filtered tracker), with its CPU target. */
  liveInApp: (maxCpuMs: number): Budget => ({
    rule: `≥5% of ceiling, p99 <300 ms, CPU ≤${maxCpuMs} ms`,
    minOfCeiling: 0.05,
    maxP99Ms: 300,
    maxCpuMs,
  }),
  /** Through nginx: a cached copy, near what nginx's own ceiling allows. */
  edge: { rule: '≥80% of ceiling, p99 <20 ms', minOfCeiling: 0.8, maxP99Ms: 20 },
  /** Every request a different search: nothing to cache, nothing may fail. */
  noFailure: { rule: '0 failed' },
} satisfies Record<string, Budget | ((...args: never[]) => Budget)>

/** Lighthouse, mobile: the reader's main pages. */
export const lighthouseBudget = { rule: 'performance ≥95', minPerformance: 95 }

export type Figures = {
  ofCeiling?: number
  p99Ms: number
  cpuMsPerRequest?: number
  queriesPerView?: number
  errors: number
  non2xx: number
}

export function judge(figures: Figures, budget: Budget): Verdict {
  const missed: string[] = []
  if (figures.errors) missed.push(`${figures.errors} errors`)
  if (figures.non2xx) missed.push(`${figures.non2xx} non-2xx`)
  if (budget.minOfCeiling !== undefined && (figures.ofCeiling ?? 0) < budget.minOfCeiling)
    missed.push('of ceiling')
  if (budget.maxP99Ms !== undefined && figures.p99Ms >= budget.maxP99Ms) missed.push('p99')
  if (budget.maxCpuMs !== undefined && (figures.cpuMsPerRequest ?? Infinity) > budget.maxCpuMs)
    missed.push('CPU')
  if (
    budget.maxQueriesPerView !== undefined &&
    (figures.queriesPerView ?? Infinity) >= budget.maxQueriesPerView
  )
    missed.push('queries')
  return { rule: budget.rule, pass: missed.length === 0, missed }
}

/** The table's cell: the mark, then the rule, then what missed it. */
export const verdictCell = (verdict: Verdict | undefined) =>
  !verdict
    ? '—'
    : `${verdict.pass ? '✓' : '✗'} ${verdict.rule}${verdict.missed.length ? ` (missed: ${verdict.missed.join(', ')})` : ''}`

import { lighthouseBudget, type Verdict, verdictCell } from './budgets'
import type { Scores } from './lighthouse'
import type { Row } from './rows'

export const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits
export const pct = (ratio: number) => `${round(ratio * 100, 1)}%`

export type LighthouseRow = Scores & { budget: Verdict }

/** Lighthouse's scores for a page, judged against the performance budget. */
export function judgeLighthouse(scores: Scores): LighthouseRow {
  const pass = (scores.performance ?? 0) >= lighthouseBudget.minPerformance
  return {
    ...scores,
    budget: { rule: lighthouseBudget.rule, pass, missed: pass ? [] : ['performance'] },
  }
}

type Report = {
  rows: Row[]
  peakServerMemoryMb: number
  sitemapMs: number
  publishToVisibleMs: unknown
  edge: { skipped: string } | { cacheStatus: Record<string, string>; publishToVisibleMs: unknown }
  lighthouse: Record<string, LighthouseRow>
  translationMemory: unknown
  machine: unknown
}

const dash = (value: number | undefined) => (value === undefined ? '—' : value)

/** A figure, with ✗ beside it when it is the one that missed the row's budget. */
const marked = (row: Row, figure: string, value: number | string | undefined) =>
  value === undefined ? '—' : row.budget?.missed.includes(figure) ? `${value} ✗` : value

/** "0", or the failures by kind, marked: connection errors (timeouts among them), then statuses. */
function failures(row: Row): string {
  const statuses = Object.entries(row.statuses).map(([status, count]) => `${count}×${status}`)
  const errors = row.errors ? [`${row.errors} errors (${row.timeouts} timeouts)`] : []
  return errors.length + statuses.length ? `${[...errors, ...statuses].join(', ')} ✗` : '0'
}

export function printTable(report: Report) {
  console.log('\nAmicus benchmark', JSON.stringify(report.machine))
  console.table(
    report.rows.map((row) => ({
      page: row.page,
      via: row.cacheStatus ? `${row.via} ${row.cacheStatus}` : row.via,
      'req/s': row.rps,
      ceiling: dash(row.ceilingRps),
      'of ceiling': marked(
        row,
        'of ceiling',
        row.ofCeiling === undefined ? undefined : pct(row.ofCeiling),
      ),
      'p50 ms': row.p50Ms,
      'p99 ms': marked(row, 'p99', row.p99Ms),
      'alone p95': dash(row.aloneMs?.p95),
      'CPU ms/req': marked(row, 'CPU', row.cpuMsPerRequest),
      'queries/view': marked(row, 'queries', row.queriesPerView),
      'KB gz': row.weightKb
        ? `${row.weightKb.html}+${row.weightKb.css}+${row.weightKb.js}`
        : row.distinct
          ? `${row.distinct.sent} of ${row.distinct.listed} asked`
          : '—',
      failed: failures(row),
      budget: verdictCell(row.budget),
    })),
  )
  for (const row of report.rows.filter((row) => row.redirectedFrom))
    console.log(`! ${row.page}: ${row.redirectedFrom} redirected to ${row.path}`)
  console.log('Peak server memory under load (MB):', report.peakServerMemoryMb)
  console.log('Sitemap generation (ms):', report.sitemapMs)
  console.log('Publish to visible (ms):', JSON.stringify(report.publishToVisibleMs))
  console.log('Through nginx:', JSON.stringify(report.edge))
  console.log('Translation memory, fuzzy lookups:', JSON.stringify(report.translationMemory))
  console.log('Lighthouse (mobile):')
  console.table(
    Object.fromEntries(
      Object.entries(report.lighthouse).map(([page, { failing, budget, ...scores }]) => [
        page,
        {
          ...scores,
          performance: budget.pass ? scores.performance : `${scores.performance} ✗`,
          budget: verdictCell(budget),
          'below 90': failing.join(' '),
        },
      ]),
    ),
  )
  const judged = [
    ...report.rows.map((row) => row.budget),
    ...Object.values(report.lighthouse).map((row) => row.budget),
  ].filter((verdict): verdict is Verdict => Boolean(verdict))
  console.log(
    `Budgets: ${judged.filter((verdict) => verdict.pass).length} of ${judged.length} met.`,
  )
  console.log('Written to bench/results.json')
}

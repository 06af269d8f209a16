import type { Scores } from './lighthouse'
import type { Load } from './measure'

export const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits
export const pct = (ratio: number) => `${round(ratio * 100, 1)}%`

export function summarise(load: Load, ceiling: Load) {
  return {
    rps: load.rps,
    p50Ms: load.p50,
    p99Ms: load.p99,
    errors: load.errors + load.non2xx,
    ceilingRps: ceiling.rps,
    ofCeiling: round(load.rps / Math.max(1, ceiling.rps), 3),
  }
}

type Report = {
  pages: Record<string, unknown>[]
  peakServerMemoryMb: number
  sitemapMs: number
  publishToVisibleMs: unknown
  edge: unknown
  lighthouse: Record<string, Scores>
  translationMemory: unknown
  machine: unknown
}

export function printTable(report: Report) {
  console.log('\nAmicus benchmark', JSON.stringify(report.machine))
  console.table(
    report.pages.map((page) => {
      const weight = page.weightKb as { html: number; css: number; js: number; total: number }
      return {
        page: page.page,
        'req/s': page.rps,
        'of ceiling': pct(page.ofCeiling as number),
        'p50 ms': page.p50Ms,
        'p99 ms': page.p99Ms,
        'alone p95 ms': (page.aloneMs as { p95: number }).p95,
        'CPU ms/req': page.cpuMsPerRequest,
        'queries/view': page.queriesPerView,
        'KB gz (html+css+js)': `${weight.html}+${weight.css}+${weight.js}`,
        errors: page.errors,
      }
    }),
  )
  console.log('Peak server memory under load (MB):', report.peakServerMemoryMb)
  console.log('Sitemap generation (ms):', report.sitemapMs)
  console.log('Publish to visible (ms):', JSON.stringify(report.publishToVisibleMs))
  console.log('Through nginx:', JSON.stringify(report.edge, null, 2))
  console.log('Translation memory, fuzzy lookups:', JSON.stringify(report.translationMemory))
  console.log('Lighthouse (mobile):')
  console.table(
    Object.fromEntries(
      Object.entries(report.lighthouse).map(([page, { failing, ...scores }]) => [
        page,
        { ...scores, 'below 90': failing.join(' ') },
      ]),
    ),
  )
  console.log('Written to bench/results.json')
}

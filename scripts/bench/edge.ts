import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type pg from 'pg'

import { freePort } from '@/lib/db/embeddedPostgres'

import { budgets } from './budgets'
import { findNginx, startNginx } from './nginx'
import { publishToVisible } from './publishToVisible'
import { measureDistinctRow, measureEdgeRow, type Page, type Row } from './rows'

export type EdgeReport =
  { skipped: string } | { cacheStatus: Record<string, string>; publishToVisibleMs: unknown }

/**
 * `pages` through nginx (deploy/nginx.conf), when there is one: each loaded as the app's pages
 * are and judged by its budget, then searches each asked once (`distinctPaths`), and
 * publish-to-visible. nginx keeps running for Lighthouse, among the `children` the benchmark
 * stops when it ends.
 */
export async function measureEdge(
  app: { origin: string; port: number; pid: number },
  pages: Page[],
  distinctPaths: string[],
  db: pg.Client,
  {
    seconds,
    admin,
    children,
  }: { seconds: number; admin: { email: string; password: string }; children: ChildProcess[] },
): Promise<{ rows: Row[]; report: EdgeReport; origin: string | null }> {
  const nginx = findNginx()
  if ('missing' in nginx) {
    console.log(nginx.missing)
    return { rows: [], report: { skipped: nginx.missing }, origin: null }
  }
  const port = await freePort()
  const child = await startNginx(nginx.path, {
    prefix: mkdtempSync(path.join(os.tmpdir(), 'amicus-nginx-')),
    port,
    appPort: app.port,
    gzipPort: await freePort(),
  })
  children.push(child)
  const origin = `http://127.0.0.1:${port}`
  const target = { origin, via: 'edge' as const, appPid: app.pid, seconds }
  const rows: Row[] = []
  for (const page of pages) rows.push(await measureEdgeRow(target, page))
  rows.push(
    await measureDistinctRow(target, 'search, every term new', distinctPaths, budgets.noFailure),
  )
  const publish = await publishToVisible(app.origin, origin, db, admin)
  return {
    rows,
    report: {
      cacheStatus: Object.fromEntries(rows.map((row) => [row.page, row.cacheStatus ?? '—'])),
      publishToVisibleMs: publish,
    },
    origin,
  }
}

import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type pg from 'pg'

import { freePort } from '@/lib/db/embeddedPostgres'

import { autocannon, fetchCompressed, pageWeight, startCeilingServer } from './measure'
import { findNginx, startNginx } from './nginx'
import { publishToVisible } from './publishToVisible'
import { summarise } from './report'

/**
 * The cached statement page and publish-to-visible through nginx, when there is one; nginx keeps
 * running for Lighthouse, among the `children` the benchmark stops when it ends.
 */
export async function measureEdge(
  origin: string,
  appPort: number,
  statementPath: string,
  db: pg.Client,
  {
    seconds,
    admin,
    children,
  }: { seconds: number; admin: { email: string; password: string }; children: ChildProcess[] },
) {
  const nginx = findNginx()
  if ('missing' in nginx) {
    console.log(nginx.missing)
    return { report: { skipped: nginx.missing }, origin: null }
  }
  const port = await freePort()
  const child = await startNginx(nginx.path, {
    prefix: mkdtempSync(path.join(os.tmpdir(), 'amicus-nginx-')),
    port,
    appPort,
    gzipPort: await freePort(),
  })
  children.push(child)
  const edgeOrigin = `http://127.0.0.1:${port}`
  const url = edgeOrigin + statementPath
  for (let warm = 0; warm < 3; warm++) await fetch(url)
  const cacheStatus = (await fetchCompressed(url)).headers['x-cache']
  const body = await (await fetch(url)).text()
  const load = await autocannon(url, { seconds })
  const ceilingPort = await freePort()
  const ceilingServer = await startCeilingServer(body, ceilingPort)
  const ceiling = await autocannon(`http://127.0.0.1:${ceilingPort}/`, { seconds })
  ceilingServer.kill()
  const publish = await publishToVisible(origin, edgeOrigin, db, admin)
  return {
    report: {
      page: 'statement (en)',
      cacheStatus,
      ...summarise(load, ceiling),
      weightKb: await pageWeight(edgeOrigin, statementPath),
      publishToVisibleMs: publish,
    },
    origin: edgeOrigin,
  }
}

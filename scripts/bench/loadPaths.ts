import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { type AutocannonResult, type Load, toLoad } from './measure'

const run = promisify(execFile)

export type PathsLoad = Load & {
  /** Addresses taken from the list; more than its length means some were asked twice. */
  sent: number
  /** Answers other than 2xx per address and status (with `byPath`). */
  failuresByPath: Record<string, Record<string, number>>
}

/**
 * autocannon on `paths` of `origin` taken in turn (loadRunner.mjs, in its own process, like
 * `autocannon` in measure.ts): many addresses in one run, or each request a different one.
 */
export async function loadPaths(
  origin: string,
  paths: string[],
  options: {
    connections?: number
    seconds: number
    headers?: Record<string, string>
    byPath?: boolean
  },
): Promise<PathsLoad> {
  const config = path.join(mkdtempSync(path.join(os.tmpdir(), 'amicus-load-')), 'config.json')
  writeFileSync(
    config,
    JSON.stringify({ origin, paths, connections: options.connections ?? 50, ...options }),
  )
  const { stdout } = await run(
    process.execPath,
    [path.join(import.meta.dirname, 'loadRunner.mjs'), config],
    { maxBuffer: 64 * 1024 * 1024 },
  )
  const result = JSON.parse(stdout) as AutocannonResult & Omit<PathsLoad, keyof Load>
  return { ...toLoad(result), sent: result.sent, failuresByPath: result.failuresByPath }
}

import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname, '../..')

/** Node's exit code for a top-level await that never settled. */
const unsettledTopLevelAwait = 13

/**
 * Runs one of the project's TypeScript scripts with tsx, as `npm run` does. Node 20 runs tsx's
 * module loader on another thread and, about once in thirty runs here, the process exits with
 * code 13 and no output before the script's first line (privatenumber/tsx#233; reproduced on this
 * project's code from before the scripts changed), twice in a row at times. Such a run is retried,
 * up to three times, saying so; any other failure is the script's own and is thrown as it is.
 */
export async function runTsx(
  script: string,
  args: string[] = [],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const run = () =>
    promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, script), ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, ...options },
    )
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      const loaderRace =
        error &&
        typeof error === 'object' &&
        'code' in error &&
        error.code === unsettledTopLevelAwait
      if (!loaderRace || attempt > 3) throw error
      console.warn(
        `${script} exited with code 13 before it ran (tsx's loader thread); running it again.`,
      )
    }
  }
}

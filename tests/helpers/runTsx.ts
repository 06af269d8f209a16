import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs one of the project's TypeScript scripts with tsx, as `npm run` does. */
export function runTsx(
  script: string,
  args: string[] = [],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return promisify(execFile)(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, script), ...args],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, ...options },
  )
}

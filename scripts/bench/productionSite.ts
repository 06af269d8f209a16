import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { bin, run, runScript } from '../runScript'
import { serverNodeOptions } from '../serverHeap'
import { waitForOk } from './measure'

const root = path.resolve(import.meta.dirname, '../..')

/** Fails with the command's name when it exits with anything but 0. */
async function succeed(name: string, exited: Promise<number>): Promise<void> {
  const code = await exited
  if (code !== 0) throw new Error(`${name} exited with ${code}`)
}

/** The database in `env` migrated and seeded with the demo content, as a deploy does. */
export async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await succeed('migrate', runScript(env, 'migrate.ts'))
  await succeed('seed', runScript(env, 'seed.ts'))
}

/**
 * `next start` on 127.0.0.1:`port` with the production heap cap, after a production build unless
 * `build` is false (reuse `.next/`); resolves once the site is ready (its database and migrations too).
 * The build is `npm run build`'s, which reads no database.
 */
export async function startProductionServer(
  env: NodeJS.ProcessEnv,
  port: number,
  { build }: { build: boolean },
): Promise<ChildProcess> {
  if (build) {
    const { DATABASE_URL: _database, ...buildEnv } = env
    await succeed(
      'npm run build',
      run(bin('tsx'), [path.join(root, 'scripts/app.ts'), 'build'], buildEnv),
    )
  }
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_OPTIONS: serverNodeOptions(env) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForOk(`http://127.0.0.1:${port}/api/health/ready`)
  return server
}

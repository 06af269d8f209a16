import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { serverNodeOptions } from '../serverHeap'
import { waitForOk } from './measure'

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

/** A command in the project, its output shown; rejects when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))))
  })
}

/** The database in `env` migrated and seeded with the demo content, as a deploy does. */
export async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await run(bin('tsx'), [path.join(root, 'scripts/migrate.ts')], env)
  await run(bin('tsx'), [path.join(root, 'scripts/seed.ts')], env)
}

/**
 * `next start` on 127.0.0.1:`port` with the production heap cap, after a production build unless
 * `build` is false (reuse `.next/`); resolves once the site is ready (its database and migrations too).
 */
export async function startProductionServer(env: NodeJS.ProcessEnv, port: number, { build }: { build: boolean }): Promise<ChildProcess> {
  if (build) await run(bin('next'), ['build'], env)
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_OPTIONS: serverNodeOptions(env) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForOk(`http://127.0.0.1:${port}/api/health/ready`)
  return server
}

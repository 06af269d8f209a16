import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** A command in the project, in this terminal, passing Ctrl-C on; resolves with its exit code. */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

/** Runs one of our TypeScript scripts (`scripts/NAME`) with tsx, as `npm run` does. */
export function runScript(
  env: NodeJS.ProcessEnv,
  script: string,
  ...args: string[]
): Promise<number> {
  return run(bin('tsx'), [path.join(root, 'scripts', script), ...args], env)
}

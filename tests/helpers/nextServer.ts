import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type NextServer = { baseURL: string; stop: () => Promise<void> }

/** Node 20's exit code when tsx's loader thread stops a script before its first line (see runTsx.ts). */
const unsettledTopLevelAwait = 13

/** Waits for the readiness check: the server answers, its database too, with every migration applied. */
async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw Object.assign(new Error(`npm start exited with code ${server.exitCode}`), {
        exitCode: server.exitCode,
      })
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer on ${url} within ${timeoutMs / 1000} s`)
}

/**
 * `npm start` (pending migrations applied under the deploy lock, then `next start`) on the
 * project's production build (`.next`, built beforehand), on port `port`, resolved once it is
 * ready to serve.
 */
export async function startNextServer(
  port: number,
  env: NodeJS.ProcessEnv,
  timeoutMs = 90_000,
): Promise<NextServer> {
  try {
    return await launch(port, env, timeoutMs)
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode !== unsettledTopLevelAwait) throw error
    console.warn(
      "npm start exited with code 13 before it ran (tsx's loader thread); starting it again.",
    )
    return launch(port, env, timeoutMs)
  }
}

async function launch(
  port: number,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<NextServer> {
  // Its own process group: the start script, the migration and the server stop together.
  const server = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'scripts/app.ts'), 'start'],
    {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    },
  )
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(server.pid ?? 0), name)
    } catch {
      // Already gone.
    }
  }
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    signal('SIGTERM')
    // One that does not stop within 10 s is killed, so that no test leaves a process behind.
    const killer = setTimeout(() => signal('SIGKILL'), 10_000)
    await exited
    clearTimeout(killer)
  }
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitUntilReady(`${baseURL}/api/health/ready`, server, timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, stop }
}

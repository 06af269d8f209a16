import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type NextServer = { baseURL: string; stop: () => Promise<void> }

/** Waits for the readiness check: the server answers, its database too, with every migration applied. */
async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
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
 * `next start` on the project's production build (`.next`, built beforehand), on 127.0.0.1:`port`,
 * resolved once it is ready to serve.
 */
export async function startNextServer(port: number, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<NextServer> {
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    // One that does not stop within 10 s is killed, so that no test leaves a process behind.
    const killer = setTimeout(() => server.kill('SIGKILL'), 10_000)
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

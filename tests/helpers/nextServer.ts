import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type NextServer = { baseURL: string; logFile: string; stop: () => Promise<void> }

/**
 * Where the server on `port` writes its output (besides the console): tests read what it logged,
 * such as the emails the log adapter prints when no SMTP server is configured.
 */
export const serverLogFile = (port: number) =>
  path.join(root, '.test-results', `server-${port}.log`)

/**
 * The first match of `pattern` in the server's log written after `offset` characters, waiting
 * for it up to `timeoutMs`. Start from `serverLogLength` taken before the action that logs.
 */
export async function waitForServerLog(
  port: number,
  pattern: RegExp,
  { offset = 0, timeoutMs = 10_000 }: { offset?: number; timeoutMs?: number } = {},
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = (await readFile(serverLogFile(port), 'utf8')).slice(offset).match(pattern)
    if (match) return match
    if (Date.now() > deadline)
      throw new Error(`The server on port ${port} did not log ${pattern} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** How much the server on `port` has logged so far. */
export async function serverLogLength(port: number): Promise<number> {
  return (await readFile(serverLogFile(port), 'utf8')).length
}

/** Waits for the readiness check: the server answers, its database too, with every migration applied. */
async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode}`)
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
  // Its own process group: the start script, the migration and the server stop together.
  const server = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'scripts/app.ts'), 'start'],
    {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  // Still shown on the console as it comes, and kept in a file.
  const logFile = serverLogFile(port)
  mkdirSync(path.dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile)
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    log.write(chunk)
  })
  server.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk)
    log.write(chunk)
  })
  server.once('exit', () => log.end())
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
  return { baseURL, logFile, stop }
}

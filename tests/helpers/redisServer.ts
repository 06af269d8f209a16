import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

import { freePort } from '@/lib/db/embeddedPostgres'

export type RedisServer = { url: string; stop: () => Promise<void> }

const installRedis =
  'Install it (Debian or Ubuntu: `apt-get install -y redis-server`; .ci/run does this) or set REDIS_URL to a Redis server the tests may use.'

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * A Redis of the test's own: `redis-server` on a free port (or `port`), keeping nothing on disk,
 * stopped afterwards. REDIS_URL, when set, is used instead unless a port is asked for. No Redis at
 * all fails the test with what to do.
 */
export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  if (process.env.REDIS_URL && !options.port)
    return { url: process.env.REDIS_URL, stop: async () => {} }

  const port = options.port ?? (await freePort())
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  const started = new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`redis-server was not found on PATH. ${installRedis}`)
          : error,
      ),
    )
    server.once('spawn', () => resolve())
  })
  await started
  const deadline = Date.now() + 10_000
  while (!(await answers(port))) {
    if (server.exitCode !== null)
      throw new Error(`redis-server exited with code ${server.exitCode}. ${installRedis}`)
    if (Date.now() > deadline)
      throw new Error(`redis-server did not answer on port ${port} within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (server.exitCode !== null) return
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * Waits (up to 5 s) for a client's connection, which the code under test opens in the
 * background, and says whether it is ready: until then that code works without Redis.
 */
export async function connected(client: { isReady: boolean }): Promise<boolean> {
  const deadline = Date.now() + 5_000
  while (!client.isReady && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20))
  return client.isReady
}

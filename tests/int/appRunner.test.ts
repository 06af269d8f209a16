import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { freePort } from '@/lib/db/embeddedPostgres'

const root = path.resolve(import.meta.dirname, '../..')

/** The embedded Postgres processes serving `dataDir`, if any are left. */
function postgresServing(dataDir: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n')
  return lines.filter((line) => line.includes('postgres') && line.includes(dataDir))
}

type Place = { dataDir: string; pgPort: number; port: number }

async function newPlace(): Promise<Place> {
  return {
    dataDir: await mkdtemp(path.join(tmpdir(), 'amicus-app-')),
    pgPort: await freePort(),
    port: await freePort(),
  }
}

/** `npm run <command>` as a new user runs it: embedded database, no DATABASE_URL. */
async function startApp(command: string, place?: Place) {
  const { dataDir, pgPort, port } = place ?? (await newPlace())
  const { DATABASE_URL: _ignored, ...inherited } = process.env
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'scripts/app.ts'), command],
    {
      cwd: root,
      env: {
        ...inherited,
        NODE_ENV: 'development',
        EMBEDDED_PG_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(port),
        ADMIN_EMAIL: 'runner-admin@example.org',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return { child, dataDir, exited, output: () => output }
}

async function waitFor(check: () => boolean, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (child && child.exitCode !== null) throw new Error(`exited early with ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('app runner (npm run dev / seed / start)', () => {
  it('seeds an empty embedded database, prints the admin login, and leaves no Postgres running', async () => {
    const app = await startApp('seed')
    expect(await app.exited).toBe(0)
    expect(app.output()).toMatch(
      /Admin login[\s\S]*Email: {4}runner-admin@example\.org[\s\S]*Password: \S{12,}/,
    )
    expect(postgresServing(app.dataDir)).toEqual([])
  }, 120_000)

  it('seeds beside the running app on its embedded database, which keeps serving, and stops both on SIGTERM', async () => {
    const place = await newPlace()
    const app = await startApp('dev', place)
    await waitFor(() => /Ready in/.test(app.output()), 120_000, app.child)
    expect(postgresServing(app.dataDir)).not.toEqual([])

    const seed = await startApp('seed', place)
    expect(await seed.exited, seed.output()).toBe(0)
    expect(seed.output()).toContain('runner-admin@example.org already exists')
    expect(seed.output()).not.toContain('already in use')
    // The seed used the app's server and left it running for the app.
    expect(postgresServing(app.dataDir)).not.toEqual([])
    expect(app.child.exitCode).toBeNull()

    app.child.kill('SIGTERM')
    await app.exited
    // Postgres may take a moment to finish its shutdown after the runner exits.
    await waitFor(() => postgresServing(app.dataDir).length === 0, 10_000)
  }, 180_000)
})

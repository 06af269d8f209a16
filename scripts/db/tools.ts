import { execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

export const root = path.resolve(import.meta.dirname, '..', '..')
export const installTools =
  "Install PostgreSQL's client tools: `apt-get install -y postgresql-client` on Debian or Ubuntu " +
  '(or the postgresql-client-<version> package from https://apt.postgresql.org for another version).'

type Tool = 'pg_dump' | 'pg_restore' | 'psql'

/**
 * A database as the client tools are given it: the password travels in PGPASSWORD, not in an
 * argument that every local user can read in `ps`.
 */
export type Target = { url: string; database: string; label: string; env: NodeJS.ProcessEnv }

export function targetOf(databaseUrl: string): Target {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  const database = decodeURIComponent(url.pathname.slice(1))
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: '10' }
  if (password) env.PGPASSWORD = password
  return { url: url.toString(), database, label: `database ${database} on ${url.host}`, env }
}

export function display(file: string): string {
  const relative = path.relative(root, file)
  return relative.startsWith('..') ? file : relative
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export async function toolMajor(tool: Tool): Promise<number> {
  let output: string
  try {
    output = (await promisify(execFile)(tool, ['--version'])).stdout
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} was not found on PATH. ${installTools}`)
    throw error
  }
  // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
  const major = /\(PostgreSQL\) (\d+)/.exec(output)?.[1]
  if (!major)
    throw new Error(`Could not read the version in \`${tool} --version\`: ${output.trim()}`)
  return Number(major)
}

export async function serverMajor(databaseUrl: string, target: Target): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `Could not connect to the ${target.label}: ${error instanceof Error ? error.message : error}`,
    )
  }
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

/** Exit code of a child whose output streams are all closed (so everything it wrote has been read). */
export function closed(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import http from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

export type Load = {
  rps: number
  p50: number
  p99: number
  max: number
  requests: number
  /** Connection errors, timeouts among them. */
  errors: number
  timeouts: number
  non2xx: number
  /** Answers other than 2xx by status (a 3xx is a failure too: the bench asks for final addresses). */
  statuses: Record<string, number>
}

/** autocannon's JSON result, as its command line and its API give it. */
export type AutocannonResult = {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
  statusCodeStats?: Record<string, { count: number }>
}

export function toLoad(result: AutocannonResult): Load {
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {})
        .filter(([status]) => !status.startsWith('2'))
        .map(([status, { count }]) => [status, count]),
    ),
  }
}

/** autocannon in its own process (so the load generator never shares a CPU budget with us), JSON out. */
export async function autocannon(
  url: string,
  options: {
    connections?: number
    seconds?: number
    amount?: number
    headers?: Record<string, string>
  } = {},
): Promise<Load> {
  const args = ['-c', String(options.connections ?? 50), '-j']
  for (const [name, value] of Object.entries(options.headers ?? {}))
    args.push('-H', `${name}=${value}`)
  if (options.amount) args.push('-a', String(options.amount))
  else args.push('-d', String(options.seconds ?? 10))
  const { stdout } = await run(path.join(root, 'node_modules/.bin/autocannon'), [...args, url], {
    maxBuffer: 16 * 1024 * 1024,
  })
  return toLoad(JSON.parse(stdout) as AutocannonResult)
}

/** Every process in the tree under `pid` (next start may hand the server to a child). */
function processTree(pid: number): number[] {
  const children = (parent: number): number[] => {
    try {
      const listed = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim()
      return listed
        ? listed
            .split(/\s+/)
            .map(Number)
            .flatMap((child) => [child, ...children(child)])
        : []
    } catch {
      return []
    }
  }
  return [pid, ...children(pid)]
}

const ticksPerSecond = 100

/** CPU seconds (user + system) used so far by the process tree. */
export function cpuSeconds(pid: number): number {
  return processTree(pid).reduce((sum, id) => {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ')
      return sum + (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
    } catch {
      return sum
    }
  }, 0)
}

/** Resident memory of the process tree, in MB. */
export function rssMb(pid: number): number {
  return processTree(pid).reduce((sum, id) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))
      return sum + (match ? Number(match[1]) / 1024 : 0)
    } catch {
      return sum
    }
  }, 0)
}

/** Samples memory while `work` runs; returns its result and the peak. */
export async function withPeakMemory<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peakMb = rssMb(pid)
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 100)
  try {
    return { result: await work(), peakMb: Math.round(Math.max(peakMb, rssMb(pid))) }
  } finally {
    clearInterval(timer)
  }
}

/** The body of `url` as sent with `Accept-Encoding: gzip`: its size on the wire, and its text. */
export function fetchCompressed(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: number; text: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip', ...headers } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const text =
            response.headers['content-encoding'] === 'gzip'
              ? zlib.gunzipSync(raw).toString('utf8')
              : raw.toString('utf8')
          // A server that did not compress is charged what gzip would have made of it.
          const bytes =
            response.headers['content-encoding'] === 'gzip' ? raw.length : zlib.gzipSync(raw).length
          resolve({ status: response.statusCode ?? 0, bytes, text, headers: response.headers })
        })
      })
      .on('error', reject)
  })
}

/** HTML, CSS and JS a page makes the browser download, gzip sizes in KB. */
export async function pageWeight(
  origin: string,
  pathname: string,
): Promise<{ html: number; css: number; js: number; total: number }> {
  const page = await fetchCompressed(origin + pathname)
  const assets = (pattern: RegExp) => [
    ...new Set([...page.text.matchAll(pattern)].map((match) => match[1])),
  ]
  const sum = async (urls: string[]) =>
    (await Promise.all(urls.map((url) => fetchCompressed(new URL(url, origin).href)))).reduce(
      (total, asset) => total + asset.bytes,
      0,
    )
  const css = await sum(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
  // Polyfills marked `nomodule` are never downloaded by the browsers that run modules.
  const scripts = [
    ...new Set(
      [...page.text.matchAll(/<script[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => !/nomodule/i.test(tag)),
    ),
  ]
  const js = await sum(scripts.flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []))
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
  return { html: kb(page.bytes), css: kb(css), js: kb(js), total: kb(page.bytes + css + js) }
}

/** A plain Node server in its own process sending `body` from memory: the ceiling for the same bytes. */
export async function startCeilingServer(body: string, port: number): Promise<ChildProcess> {
  const source = `
    const http = require('node:http')
    const body = require('node:fs').readFileSync(process.env.BODY_FILE)
    http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
      response.end(body)
    }).listen(${port}, '127.0.0.1', () => process.send && process.send('ready'))`
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'amicus-ceiling-')), 'body.html')
  writeFileSync(file, body)
  const child = spawn(process.execPath, ['-e', source], {
    env: { ...process.env, BODY_FILE: file },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`ceiling server exited with ${code}`)))
  })
  return child
}

export async function waitForOk(url: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** One request at a time, `count` times: the latency a single reader sees, without queueing. */
export async function sequentialLatency(
  url: string,
  count = 20,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = []
  for (let index = 0; index < count; index++) {
    const started = performance.now()
    await (await fetch(url)).arrayBuffer()
    times.push(performance.now() - started)
  }
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) }
}

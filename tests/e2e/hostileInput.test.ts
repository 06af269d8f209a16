import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

/**
 * Generated bad requests against the production build: every answer must be below 500, must
 * not show a stack trace or SQL, and an HTML page must not give a payload back unescaped.
 * Requests go out through node:http with the path exactly as written here (fetch would resolve
 * `..` and re-encode broken escapes before the server saw them).
 */

const root = path.resolve(import.meta.dirname, '../..')
const mediaDir = path.join(root, '.data/media')

// ---------------------------------------------------------------------------------------------
// Sending and judging

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

type Probe = {
  category: string
  method?: string
  /** Sent as is: no normalisation, no encoding. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The statuses this request may get; anything below 500 when absent. */
  expect?: readonly number[]
  /** Text that an HTML answer must not contain as is (a payload it might reflect). */
  reflected?: string
  /** Sent with the admin's token. */
  admin?: boolean
  /** A connection the server closes before answering counts as a refusal (headers past Node's limit). */
  mayClose?: boolean
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index)
const clientError = range(400, 499)
const notFound = [404]
const badRequest = [400]
const page = [200]
/** A live page: the page, or a 308 to its one spelling of the question, which must be the page. */
const pageOrRespelled = [200, 308]
const redirectOrNotFound = [307, 308, 404]

// A stack frame (`at fn (/path/file.js:1:2)`), or an error name followed by one.
const stackTrace = [
  /\n\s*at [^\n]*[\\/][^\n]*:\d+:\d+/,
  /\bnode_modules[\\/]/,
  /\b\w*Error: [^\n]*\n\s*at /,
]
// Postgres and Drizzle wording. The SQL payloads below are lower case, so `SELECT ` can only
// come from the server; none of them names postgres or drizzle.
const sqlText = [
  /\bSELECT /,
  /syntax error at or near/i,
  /\brelation "/,
  /drizzle/i,
  /postgres/i,
  /Failed query/i,
  /invalid input syntax/i,
]
// Contents of files a traversal might reach.
const fileContents = [
  /root:x:0:0:/,
  /"@payloadcms\/next"/,
  /PAYLOAD_SECRET\s*=/,
  /DATABASE_URL\s*=/,
  /\[boot loader\]|\[fonts\]/,
  /-----BEGIN [A-Z ]*KEY-----/,
]
// Markup that would run if a payload came back unescaped.
const liveMarkup = [
  /<script>alert\(/i,
  /<img src=x/i,
  /<svg onload/i,
  /<iframe src="?javascript/i,
  /\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i,
]

const tally = new Map<string, Map<number | string, number>>()
let sent = 0

function record(category: string, status: number | string) {
  sent++
  const byStatus = tally.get(category) ?? new Map<number | string, number>()
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  tally.set(category, byStatus)
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The body without the parts of the request it may echo (a 404 page carries its path in the
 * RSC payload): `/node_modules/x` answered with "node_modules" is not a leak.
 */
function withoutEcho(body: string, probe: Probe): string {
  const [pathname = '', query = ''] = probe.path.split('?')
  const parts = [...pathname.split('/'), ...query.split(/[&=]/), probe.reflected ?? '']
  const echoes = [...new Set(parts.flatMap((part) => [part, decoded(part)]))].filter(
    (echo) => echo.length >= 4,
  )
  return echoes
    .sort((a, b) => b.length - a.length)
    .reduce((text, echo) => text.split(echo).join(''), body)
}

/** What is wrong with an answer; empty when it is acceptable. */
function problems(probe: Probe, answer: Answer): string[] {
  const found: string[] = []
  if (answer.status >= 500) found.push(`status ${answer.status}`)
  else if (probe.expect && !probe.expect.includes(answer.status))
    found.push(`status ${answer.status}, expected ${describeStatuses(probe.expect)}`)
  const body = withoutEcho(answer.body, probe)
  for (const pattern of stackTrace) if (pattern.test(body)) found.push(`stack trace (${pattern})`)
  for (const pattern of sqlText) if (pattern.test(body)) found.push(`SQL text (${pattern})`)
  for (const pattern of fileContents)
    if (pattern.test(body)) found.push(`file contents (${pattern})`)
  // GraphQL answers 200 and reports a server error inside.
  if (probe.path.startsWith('/api/graphql') && /"statusCode":5\d\d/.test(answer.body))
    found.push('GraphQL error with statusCode 5xx')
  if (String(answer.headers['content-type']).startsWith('text/html')) {
    for (const pattern of liveMarkup)
      if (pattern.test(answer.body)) found.push(`live markup (${pattern})`)
    // Quotes may stand as they are in text and inside the RSC payload's JSON strings; markup may not.
    if (probe.reflected && /[<>]/.test(probe.reflected) && answer.body.includes(probe.reflected))
      found.push('payload reflected unescaped')
  }
  const location = answer.headers.location
  if (answer.status >= 300 && answer.status < 400 && location && !isSameSite(location))
    found.push(`redirects off-site to ${location}`)
  return found
}

function describeStatuses(statuses: readonly number[]) {
  if (statuses === clientError) return '4xx'
  return statuses.join(' or ')
}

function isSameSite(location: string) {
  const base = new URL(inject('baseURL'))
  try {
    return new URL(location, base).origin === base.origin
  } catch {
    return false
  }
}

// Each request comes from its own address (the edge's X-Forwarded-For), so that the rate
// limits per client neither turn these requests into 429s nor use up the budget of the other
// e2e files, which all come from 127.0.0.1.
let clientCount = 0
const nextClientAddress = () => {
  const n = ++clientCount
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

let adminToken = ''

function send(probe: Probe): Promise<Answer> {
  const base = new URL(inject('baseURL'))
  const body =
    probe.body === undefined
      ? undefined
      : Buffer.isBuffer(probe.body)
        ? probe.body
        : Buffer.from(probe.body)
  const headers: Record<string, string> = {
    'x-forwarded-for': nextClientAddress(),
    ...probe.headers,
  }
  if (body) headers['content-length'] = String(body.length)
  if (probe.admin) headers.authorization = `JWT ${adminToken}`
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: probe.method ?? 'GET',
        path: probe.path,
        headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')))
    // A server may answer (413) and close before the whole body is written: the answer counts.
    request.on('error', reject)
    request.end(body)
  })
}

/** Bytes straight onto a socket, for request lines no HTTP client would write. */
function sendRaw(bytes: string): Promise<Answer> {
  const base = new URL(inject('baseURL'))
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(base.port), base.hostname)
    const chunks: Buffer[] = []
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const type = /\r\ncontent-type: *([^\r\n]*)/i.exec(head)?.[1]
      resolve({
        status,
        headers: type ? { 'content-type': type } : {},
        body: rest.join('\r\n\r\n'),
      })
    })
    socket.end(Buffer.from(bytes, 'latin1'))
  })
}

/** A multipart/form-data body, written by hand so that its parts can be anything. */
function multipart(
  parts: { name: string; value: string | Buffer; filename?: string; type?: string }[],
): { body: Buffer; type: string } {
  const boundary = `hostile${randomBytes(8).toString('hex')}`
  const chunks = parts.flatMap(({ name, value, filename, type }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`,
    ),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ])
  return {
    body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  }
}

type Failure = { category: string; request: string; problems: string[] }

/** Sends the probes (eight at a time) and returns those whose answer is wrong. */
async function run(probes: Probe[], concurrency = 8): Promise<Failure[]> {
  const failures: Failure[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]
      const label = `${probe.method ?? 'GET'} ${probe.path.length > 160 ? `${probe.path.slice(0, 160)}… (${probe.path.length} chars)` : probe.path}${probe.headers?.['content-type'] ? ` [${probe.headers['content-type']}]` : ''}${probe.admin ? ' (admin)' : ''}`
      try {
        const answer = await send(probe)
        record(probe.category, answer.status)
        const found = problems(probe, answer)
        const location = answer.headers.location
        if (
          probe.expect === pageOrRespelled &&
          answer.status === 308 &&
          location &&
          !found.length
        ) {
          const respelled = new URL(location, inject('baseURL'))
          const target = { ...probe, path: respelled.pathname + respelled.search, expect: page }
          found.push(...problems(target, await send(target)).map((problem) => `→ ${problem}`))
        }
        if (found.length)
          failures.push({ category: probe.category, request: label, problems: found })
      } catch (error) {
        record(probe.category, 'closed')
        if (!probe.mayClose)
          failures.push({
            category: probe.category,
            request: label,
            problems: [`no answer: ${error instanceof Error ? error.message : String(error)}`],
          })
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return failures
}

function expectNoFailures(failures: Failure[]) {
  expect(failures.map(({ request, problems: found }) => `${request}: ${found.join('; ')}`)).toEqual(
    [],
  )
}

// ---------------------------------------------------------------------------------------------
// Payloads

const sqlPayloads = [
  `' or '1'='1`,
  `1' or '1'='1' --`,
  `'; drop table statements; --`,
  `' union select email, hash from users --`,
  `1 and 1=cast((select version()) as int)`,
  `'||(select pg_sleep(0))||'`,
  `\\'; --`,
  `%' and 1=1 and '%'='`,
  `admin'--`,
  `1;select 1`,
]

const scriptPayloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '</title><script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
]

const injectionPayloads = [
  ...sqlPayloads.map((text) => ({ kind: 'SQL', text })),
  ...scriptPayloads.map((text) => ({ kind: 'script', text })),
]

// Percent-encoded as they would arrive: NUL and other control characters.
const encodedControls = [
  '%00',
  'a%00b',
  '%2500',
  '%0d%0aSet-Cookie:%20hostile=1',
  '%1b%5b31m',
  '%7f',
  '%u0000',
]
// Broken UTF-8: overlong forms, surrogates, code points past U+10FFFF, truncated and invalid escapes.
const invalidUtf8 = [
  '%C0%AE%C0%AE',
  '%C0%80',
  '%E0%80%AF',
  '%FF',
  '%FE%FF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%',
  '%zz',
  '%E2%82',
  '%F0%9F',
  '\u00ff\u00fe',
  '\u00c0\u00ae',
]

const enc = encodeURIComponent

// ---------------------------------------------------------------------------------------------

let browser: Browser
let reference: { id: number; slug: string }

beforeAll(async () => {
  const login = await send({
    category: 'setup',
    method: 'POST',
    path: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  record('setup', login.status)
  expect(login.status).toBe(200)
  adminToken = (JSON.parse(login.body) as { token: string }).token
  const statements = await send({
    category: 'setup',
    path: '/api/statements?limit=1&depth=0&locale=en&sort=-publishedAt',
  })
  record('setup', statements.status)
  const [first] = (JSON.parse(statements.body) as { docs: { id: number; slug: string }[] }).docs
  reference = first
  browser = await launchChromium(inject('chromiumPath'))
})

afterAll(async () => {
  await browser?.close()
  const statuses = new Map<number | string, number>()
  for (const byStatus of tally.values())
    for (const [status, count] of byStatus)
      statuses.set(status, (statuses.get(status) ?? 0) + count)
  const sorted = [...statuses].sort(([a], [b]) => String(a).localeCompare(String(b)))
  const lines = [
    `Hostile input: ${sent} requests sent`,
    ...sorted.map(([status, count]) => `  ${String(status).padEnd(10)} ${count}`),
    'By category:',
    ...[...tally].map(
      ([category, byStatus]) =>
        `  ${category.padEnd(28)} ${[...byStatus].map(([status, count]) => `${status}×${count}`).join('  ')}`,
    ),
  ]
  console.log(lines.join('\n'))
})

describe('hostile requests to the public site', () => {
  it('path traversal reaches no file and no error', async () => {
    const traversals = [
      '/en/statements/../../../../etc/passwd',
      '/en/statements/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/en/statements/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/en/statements/%2e%2e%2f%2e%2e%2fpackage.json',
      '/en/statements/..%252f..%252fpackage.json',
      '/en/statements/..%5c..%5c..%5cwindows%5cwin.ini',
      '/en/statements/....//....//....//etc/passwd',
      '/en/%2e%2e/%2e%2e/.env',
      '/en/topics/..%2f..%2f..%2fetc%2fpasswd',
      '/en/states/..%2f..%2fetc',
      '/ar/statements/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/package.json',
      '/%2e%2e%2f%2e%2e%2f.env',
      '/_next/static/..%2f..%2f..%2fpackage.json',
      '/_next/static/../../package.json',
      '/_next/static/chunks/..%2f..%2f..%2f.env',
      '/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75',
      '/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=64&q=75',
      '/sitemaps/..%2f..%2fpackage.json',
      '/sitemaps/../package.json',
      '/en/reactions.csv/../../package.json',
      '/en/feed.xml/..%2f..%2fpackage.json',
      '/favicon.ico/../package.json',
      '/.env',
      '/.git/config',
      '/.data/dev-secret',
      '/.data/postgres/postgresql.conf',
      '/package.json',
      '/next.config.ts',
      '/payload.config.ts',
      '/.next/server/app/en.html',
      '/node_modules/payload/package.json',
    ].map((target): Probe => ({ category: 'path traversal', path: target }))
    // Payload's file route: a name that leaves the media folder is refused, never read.
    const mediaTraversals = [
      '/api/media/file/..%2f..%2f..%2fpackage.json',
      '/api/media/file/..%2f..%2fdev-secret',
      '/api/media/file/%2e%2e%2f%2e%2e%2f.env',
      '/api/media/file/..%5c..%5cpackage.json',
      '/api/media/file/..%252f..%252fpackage.json',
    ].map((target): Probe => ({ category: 'path traversal', path: target, expect: clientError }))
    expectNoFailures(await run([...traversals, ...mediaTraversals]))
  })

  it('unknown locales get the 404 page', async () => {
    const suffixes = [
      '',
      '/statements',
      `/statements/${reference.slug}`,
      '/statements?page=2',
      '/reactions',
      '/search?q=icc',
      '/states/fr',
      '/topics/x',
      '/reactions.csv',
      '/reactions.json',
      '/feed.xml',
    ]
    // Shaped like a language tag: the proxy answers with the 404 page in the reader's language.
    const tags = ['xx', 'de', 'pt-BR', 'zz-ZZ', 'ara', 'iw', 'zh-Hant-TW']
    // One of our languages spelled otherwise: redirected to our spelling, except addresses with a
    // dot, which the proxy does not see (the 404 page).
    const ours = ['EN', 'en-us', 'fr-FR', 'Ar']
    // Not shaped like one: the proxy redirects into /en, where they are unknown paths.
    const others = ['en_US', 'english', '..', '%65n', 'e%00n', '-', '__proto__']
    const probes = [
      ...tags.flatMap((tag) =>
        suffixes.map((suffix): Probe => ({
          category: 'unknown locale',
          path: `/${tag}${suffix}`,
          expect: notFound,
        })),
      ),
      ...ours.flatMap((tag) =>
        suffixes.map((suffix): Probe => ({
          category: 'unknown locale',
          path: `/${tag}${suffix}`,
          expect: /\.(csv|json|xml)$/.test(suffix) ? notFound : [308],
        })),
      ),
      ...others.flatMap((other) =>
        suffixes
          .slice(0, 4)
          .map((suffix): Probe => ({ category: 'unknown locale', path: `/${other}${suffix}` })),
      ),
    ]
    expectNoFailures(await run(probes))
  })

  it('NUL, control characters and broken UTF-8 in paths are 4xx', async () => {
    const pathTargets = [
      '/en/statements/',
      '/fr/topics/',
      '/es/states/',
      '/ar/',
      '/en/preview/statements/',
      '/api/statements/',
      '/api/users/',
    ]
    const probes = [...encodedControls, ...invalidUtf8].flatMap((segment) => [
      ...pathTargets.map((target): Probe => ({
        category: 'NUL and bad UTF-8 in path',
        path: `${target}${segment}`,
        expect: clientError,
      })),
      // Outside a locale (no dot, so the proxy sees it): redirected into /en, or a 404.
      {
        category: 'NUL and bad UTF-8 in path',
        path: `/sitemaps/${segment}`,
        expect: [...clientError, 307, 308],
      },
      {
        category: 'NUL and bad UTF-8 in path',
        path: `/${segment}/statements`,
        expect: [...clientError, 307, 308],
      },
    ])
    expectNoFailures(await run(probes))
  })

  it('NUL, control characters and broken UTF-8 in query strings are harmless', async () => {
    const queryTargets: [string, readonly number[] | undefined][] = [
      ['/en/search?q=', pageOrRespelled],
      ['/en/statements?topic=', pageOrRespelled],
      ['/en/statements?kind=', pageOrRespelled],
      ['/en/statements?year=', pageOrRespelled],
      ['/en/reactions?stance=', badRequest],
      ['/en/reactions?from=', badRequest],
      ['/en/reactions.csv?group=', badRequest],
      ['/en/reactions.json?to=', badRequest],
      ['/api/statements?where[slug][equals]=', [200, 400]],
      ['/api/statements?where[title][like]=', [200, 400]],
      ['/api/statements?locale=', [200, 400]],
      ['/next/preview?locale=en&id=', badRequest],
    ]
    const probes = [
      ...encodedControls,
      ...invalidUtf8.filter((segment) => segment.startsWith('%')),
    ].flatMap((value) =>
      queryTargets.map(([target, statuses]): Probe => ({
        category: 'NUL and bad UTF-8 in query',
        path: `${target}${value}`,
        expect: statuses,
      })),
    )
    expectNoFailures(await run(probes))
  })

  it('SQL and script payloads in slugs are 404s', async () => {
    const slugTargets: [string, readonly number[] | undefined][] = [
      ['/en/statements/', notFound],
      ['/ar/statements/', notFound],
      ['/fr/topics/', notFound],
      ['/es/states/', notFound],
      ['/en/', notFound],
      ['/en/preview/statements/', notFound],
      // No dot: the proxy redirects it into /en, where it is a 404.
      ['/sitemaps/', redirectOrNotFound],
      // Payload reads an id's leading digits (`1;select 1` is document 1), anything else is a 404.
      ['/api/statements/', [200, 404]],
      ['/api/topics/', [200, 404]],
      // The locale slot: redirected into /en (and a 404 there), or a 404 at once.
      ['/', redirectOrNotFound],
    ]
    const probes = injectionPayloads.flatMap(({ kind, text }) =>
      slugTargets.map(([target, statuses]): Probe => ({
        category: `${kind} in slug`,
        path: `${target}${enc(text)}`,
        expect: statuses,
        reflected: text,
      })),
    )
    expectNoFailures(await run(probes))
  })

  it('SQL and script payloads in query strings are read as text, and shown escaped', async () => {
    const queryTargets: [string, readonly number[] | undefined][] = [
      ['/en/search?q=', pageOrRespelled],
      ['/ar/search?q=', pageOrRespelled],
      ['/en/statements?kind=', pageOrRespelled],
      ['/en/statements?topic=', pageOrRespelled],
      ['/en/statements?year=', pageOrRespelled],
      ['/en/statements?page=', pageOrRespelled],
      ['/en/reactions?stance=', badRequest],
      ['/en/reactions?group=', badRequest],
      ['/en/reactions?party=', badRequest],
      ['/en/reactions?from=', badRequest],
      ['/en/reactions?sort=', badRequest],
      ['/en/reactions.csv?stance=', badRequest],
      ['/en/reactions.json?from=', badRequest],
      ['/en/feed.xml?x=', page],
      ['/en?utm_source=', page],
      ['/next/preview?locale=en&id=', badRequest],
      ['/api/statements?where[slug][equals]=', [200]],
      ['/api/statements?where[title][like]=', [200]],
      ['/api/statements?where[kind][equals]=', [200, 400]],
      ['/api/statements?where[publishedAt][greater_than]=', [200, 400]],
      ['/api/statements?sort=', [200, 400]],
      ['/api/statements?locale=', [200, 400]],
      ['/api/statements?depth=', [200, 400]],
      ['/api/statements?limit=', [200, 400]],
      ['/api/topics?where[name][like]=', [200]],
      ['/api/reactions?where[sourceUrl][equals]=', [200]],
      ['/api/translations/xliff?locale=fr&statement=', clientError],
    ]
    const probes = injectionPayloads.flatMap(({ kind, text }) =>
      queryTargets.map(([target, statuses]): Probe => ({
        category: `${kind} in query`,
        path: `${target}${enc(text)}`,
        expect: statuses,
        reflected: text,
      })),
    )
    // A value the GraphQL API receives as a variable.
    const graphql = injectionPayloads.map(({ kind, text }): Probe => ({
      category: `${kind} in query`,
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query ($slug: String) { Statements(where: { slug: { equals: $slug } }) { docs { id } } }',
        variables: { slug: text },
      }),
      expect: page,
    }))
    expectNoFailures(await run([...probes, ...graphql]))
  })

  it('the API refuses malformed where clauses and paging with 400, not 500', async () => {
    const queries = [
      'where[id][in]=a,b',
      'where[id][equals]=1e999',
      'where[slug][equals]=%00',
      'where[title][like]=%00',
      'where=garbage',
      'where[kind][in][0][x]=1',
      'where[title][near]=1,2',
      'where[topics][in]=abc',
      'where[publishedAt][equals]=2024-13-45',
      'where[nope][equals]=1',
      'limit=1e309',
      'limit=-1',
      'page=-1',
      'page=99999999999999999999',
      'depth=-1',
      'depth=99999',
      'sort=-',
      'locale=%00',
    ]
    const probes = ['/api/statements', '/api/topics', '/api/reactions', '/api/states'].flatMap(
      (target) =>
        queries.map((query): Probe => ({
          category: 'malformed API query',
          path: `${target}?${query}`,
          expect: [200, 400],
        })),
    )
    const others: Probe[] = [
      {
        category: 'malformed API query',
        path: '/api/statements/count?where[id][in]=a',
        expect: [200, 400],
      },
      {
        category: 'malformed API query',
        path: '/api/media/file/does-not-exist.png',
        expect: notFound,
      },
      { category: 'malformed API query', path: '/api/media/file/%00', expect: clientError },
      {
        category: 'malformed API query',
        method: 'POST',
        path: '/api/users/verify/%00',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        expect: clientError,
      },
      { category: 'malformed API query', path: '/api/nope', expect: notFound },
      {
        category: 'malformed API query',
        path: '/api/statements/versions?where[id][equals]=abc',
        expect: clientError,
      },
      {
        category: 'malformed API query',
        path: '/api/users?where[hash][exists]=true',
        expect: clientError,
      },
    ]
    expectNoFailures(await run([...probes, ...others]))
  })

  it('huge inputs are cut, refused or answered, never a 500', async () => {
    const words = (count: number) =>
      Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
    const probes: Probe[] = [
      ...[201, 1000, 5000, 12_000].map((length): Probe => ({
        category: 'huge input',
        path: `/en/search?q=${enc(words(length).slice(0, length))}`,
        expect: pageOrRespelled,
      })),
      {
        category: 'huge input',
        path: `/en/search?q=${enc('<script>alert(1)</script>'.repeat(400))}`,
        expect: pageOrRespelled,
        reflected: '<script>alert(1)</script>',
      },
      {
        category: 'huge input',
        path: `/en/search?q=${enc('"'.repeat(3000))}`,
        expect: pageOrRespelled,
      },
      {
        category: 'huge input',
        path: `/en/search?q=${enc(' OR '.repeat(1500))}`,
        expect: pageOrRespelled,
      },
      {
        category: 'huge input',
        path: `/en/search?q=${enc('-'.repeat(5000))}`,
        expect: pageOrRespelled,
      },
      {
        category: 'huge input',
        path: `/en/search?${'q=a&'.repeat(2000)}`,
        expect: pageOrRespelled,
      },
      // Past Node's 16 KB header limit: refused (431, or the connection closed) before the app sees it.
      {
        category: 'huge input',
        path: `/en/search?q=${'a'.repeat(20_000)}`,
        expect: clientError,
        mayClose: true,
      },
      {
        category: 'huge input',
        path: `/en/search?q=${'a'.repeat(70_000)}`,
        expect: clientError,
        mayClose: true,
      },
      { category: 'huge input', path: `/en/statements/${'a'.repeat(8000)}`, expect: notFound },
      { category: 'huge input', path: `/en/topics/${'a'.repeat(8000)}`, expect: notFound },
      { category: 'huge input', path: `/en/${'a/'.repeat(3000)}`, expect: [308, 404] },
      {
        category: 'huge input',
        path: `/en/statements?${Array.from({ length: 1500 }, (_, index) => `p${index}=1`).join('&')}`,
        expect: pageOrRespelled,
      },
      { category: 'huge input', path: '/en/statements?page=1e308', expect: pageOrRespelled },
      { category: 'huge input', path: '/en/statements?page=100000', expect: notFound },
      {
        category: 'huge input',
        path: `/en/reactions?from=${'9'.repeat(4000)}`,
        expect: badRequest,
      },
      {
        category: 'huge input',
        path: `/api/statements?where${'[and][0]'.repeat(200)}[slug][equals]=x`,
        expect: [200, 400],
      },
      {
        category: 'huge input',
        path: `/api/statements?where[slug][in]=${'a,'.repeat(3000)}`,
        expect: [200, 400],
      },
    ]
    // One at a time after the rest, so that if they exhaust the database pool the failure is theirs.
    const heavy: Probe[] = [
      { category: 'huge input', path: '/api/statements?limit=100000&depth=0', expect: [200, 400] },
      { category: 'huge input', path: '/api/statements?limit=100&depth=10', expect: [200, 400] },
      { category: 'huge input', path: '/api/statements?limit=100000&depth=10', expect: [200, 400] },
      {
        category: 'huge input',
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ ${Array.from({ length: 300 }, (_, index) => `a${index}: Statements { docs { id } }`).join(' ')} }`,
        }),
        expect: [200, 400],
      },
    ]
    expectNoFailures([...(await run(probes)), ...(await run(heavy, 1))])
  })

  it('other methods, bad cookies and odd headers are not errors', async () => {
    const pages = [
      '/en',
      '/en/statements',
      `/en/statements/${reference.slug}`,
      '/en/search?q=x',
      '/en/reactions.csv',
      '/sitemap.xml',
      '/en/feed.xml',
    ]
    const methods = ['PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS', 'PROPFIND']
    const probes: Probe[] = [
      ...methods.flatMap((method) =>
        pages.map((target): Probe => ({
          category: 'method',
          method,
          path: target,
          body: method === 'OPTIONS' ? undefined : 'x=1',
        })),
      ),
      // A Server Action id that does not exist.
      {
        category: 'method',
        method: 'POST',
        path: '/en',
        headers: { 'next-action': '0'.repeat(40), 'content-type': 'text/plain;charset=UTF-8' },
        body: '[]',
        expect: clientError,
      },
      {
        category: 'method',
        method: 'POST',
        path: '/en/search',
        headers: { 'next-action': 'x', 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x--',
        expect: clientError,
      },
    ]
    const acceptLanguages = [
      '*',
      ';q=1',
      'xx-XX-XX-XX-XX-XX',
      'en;q=abc',
      ',,,,',
      'a'.repeat(4000),
      '<script>alert(1)</script>',
      `en,${'x;q=0.1,'.repeat(500)}`,
      'de-DE-u-co-phonebk-ka-shifted',
      'i-klingon',
      '\u00c3\u00a9',
    ]
    for (const value of acceptLanguages) {
      for (const target of ['/', '/statements'])
        probes.push({
          category: 'headers and cookies',
          path: target,
          headers: { 'accept-language': value },
        })
    }
    const localeCookies = [
      'xx',
      '<script>alert(1)</script>',
      '../../',
      '%00',
      'ar%3B',
      'e'.repeat(4000),
      '__proto__',
    ]
    for (const value of localeCookies) {
      for (const target of ['/', '/reactions'])
        probes.push({
          category: 'headers and cookies',
          path: target,
          headers: { cookie: `NEXT_LOCALE=${value}` },
        })
    }
    const unsignedToken = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"id":1,"collection":"users","email":"x@example.org"}').toString('base64url')}.`
    const tokens = ['garbage', unsignedToken, 'a.b.c', 'x'.repeat(6000), '%00']
    for (const token of tokens) {
      for (const target of [
        '/api/users/me',
        '/next/preview?locale=en&id=1',
        '/en',
        '/api/statements?draft=true&limit=1',
      ]) {
        probes.push({
          category: 'headers and cookies',
          path: target,
          headers: { cookie: `payload-token=${token}` },
        })
      }
      probes.push({
        category: 'headers and cookies',
        path: '/api/users/me',
        headers: { authorization: `JWT ${token}` },
      })
    }
    for (const authorization of [
      'Bearer x',
      'users API-Key nope',
      `Basic ${Buffer.from('admin:admin').toString('base64')}`,
      'JWT',
    ]) {
      probes.push({
        category: 'headers and cookies',
        path: '/api/users/me',
        headers: { authorization },
      })
    }
    // No redirect leaves the site, whatever the path looks like.
    for (const target of [
      '//evil.example/',
      '/%2F%2Fevil.example',
      '/%5Cevil.example',
      '/\\evil.example',
      '/%2f%2fevil.example/en',
      '//evil.example/%2e%2e',
      '/en/statements//evil.example',
    ]) {
      probes.push({ category: 'headers and cookies', path: target })
    }
    expectNoFailures(await run(probes))
  })

  it('request lines no client would send are refused by the server', async () => {
    const requests = [
      'GET /en/statements/a\u0000b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /en /statements HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /en\tx HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /en HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /en HTTP/1.1\r\nHost: x\r\nX-Hostile: a\u0000b\r\nConnection: close\r\n\r\n',
      'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n',
      'POST /api/users/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\n0\r\n\r\n',
      'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      'GET /en\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    ]
    const failures: Failure[] = []
    for (const request of requests) {
      const answer = await sendRaw(request)
      record('raw request line', answer.status || 'closed')
      const label = JSON.stringify(request.split('\r\n')[0])
      // Closing the connection without an answer is also a refusal.
      const found =
        answer.status === 0 ? [] : problems({ category: 'raw request line', path: label }, answer)
      if (found.length)
        failures.push({ category: 'raw request line', request: label, problems: found })
    }
    expectNoFailures(failures)
  })
})

describe('hostile bodies to the API', () => {
  // JSON that does not parse, and JSON that parses into the wrong thing.
  const malformed = [
    '{',
    '{"email":',
    '[',
    'nul',
    '{"a":1,}',
    "{'a':1}",
    '\u0000',
    '\ufeff{}',
    '{"a":1}{"b":2}',
    `{"a":"${'b'.repeat(100)}`,
  ]
  const wrongShape = [
    'null',
    '[]',
    '"text"',
    '1e999999',
    '{"__proto__":{"roles":["admin"]}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ]
  // The server decodes the body as UTF-8, which drops a byte order mark.
  const parses = (text: string) => {
    try {
      JSON.parse(text.replace(/^\ufeff/, ''))
      return true
    } catch {
      return false
    }
  }

  it('malformed JSON is a 400, JSON of the wrong shape a 4xx', async () => {
    const targets: { method: string; path: string; admin?: boolean }[] = [
      { method: 'POST', path: '/api/users/login' },
      { method: 'POST', path: '/api/users/forgot-password' },
      { method: 'POST', path: '/api/users/refresh-token' },
      { method: 'POST', path: '/api/statements' },
      { method: 'POST', path: '/api/statements', admin: true },
      { method: 'PATCH', path: '/api/statements/999999999', admin: true },
      { method: 'POST', path: '/api/topics', admin: true },
      { method: 'POST', path: '/api/reactions', admin: true },
      { method: 'POST', path: '/api/graphql' },
    ]
    const probes = [...malformed, ...wrongShape].flatMap((body) =>
      targets.map((target): Probe => ({
        category: 'malformed JSON',
        ...target,
        headers: { 'content-type': 'application/json' },
        body,
        expect: parses(body) ? clientError : badRequest,
      })),
    )
    // Well-formed documents whose fields hold the wrong things (saved as drafts, were any accepted).
    const statement = { kind: 'statement', publishedAt: '2024-10-03', _status: 'draft' }
    const wrongFields = [
      { ...statement, title: { en: 'An object' } },
      { ...statement, title: 'Hostile topics', topics: [999_999_999] },
      { ...statement, title: 'Hostile date', publishedAt: 'not a date' },
      { ...statement, title: 'Hostile kind', kind: "' or '1'='1" },
      { ...statement, title: 'Hostile\u0000nul' },
    ].map((body): Probe => ({
      category: 'malformed JSON',
      method: 'POST',
      path: '/api/statements',
      admin: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      expect: badRequest,
    }))
    expectNoFailures(await run([...probes, ...wrongFields]))
  })

  it('oversized bodies are refused', async () => {
    const megabytes = (count: number) => 'a'.repeat(count * 1024 * 1024)
    const upload = (path: string, filename: string, size: number): Probe => {
      const form = multipart([
        { name: 'statement', value: String(reference.id) },
        { name: 'locale', value: 'fr' },
        { name: 'file', value: megabytes(size), filename, type: 'text/plain' },
      ])
      return {
        category: 'oversized body',
        method: 'POST',
        path,
        admin: true,
        headers: { 'content-type': form.type },
        body: form.body,
        expect: [413],
      }
    }
    const probes: Probe[] = [
      upload('/api/translations/xliff', 'big.xlf', 3),
      upload('/api/reactions/import', 'big.csv', 6),
      upload('/api/media', 'big.pdf', 21),
      // JSON has no size limit of its own in Payload; a body this size must still end in a 4xx.
      {
        category: 'oversized body',
        method: 'POST',
        path: '/api/users/login',
        headers: { 'content-type': 'application/json' },
        body: `{"email":"${megabytes(12)}"`,
        expect: clientError,
      },
      {
        category: 'oversized body',
        method: 'POST',
        path: '/api/statements',
        admin: true,
        headers: { 'content-type': 'application/json' },
        body: `{"title":"${megabytes(12)}"`,
        expect: clientError,
      },
      // GraphQL over HTTP answers a query it refuses with 200 and `errors` (application/json).
      {
        category: 'oversized body',
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ ${megabytes(12)} }` }),
        expect: [200, 400, 413],
      },
    ]
    expectNoFailures(await run(probes))
  })

  it('a body of the wrong content type is a 4xx', async () => {
    // Nothing in it makes a valid statement or topic, should a type be read as JSON after all.
    const json = JSON.stringify({ email: 'nobody@example.org', password: 'not-a-password' })
    const types = [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=----hostile',
      'multipart/mixed; boundary=hostile',
      'image/png',
      'application/octet-stream',
      'application/json; charset=utf-16',
      '',
    ]
    const targets: { path: string; admin?: boolean }[] = [
      { path: '/api/users/login' },
      { path: '/api/statements', admin: true },
      { path: '/api/topics', admin: true },
      { path: '/api/media', admin: true },
      { path: '/api/translations/xliff', admin: true },
      { path: '/api/translations/start', admin: true },
      { path: '/api/graphql' },
    ]
    const probes = types.flatMap((type) =>
      // The import allows an editor ten requests a minute: every other type is enough.
      [
        ...targets,
        ...(types.indexOf(type) % 2 ? [] : [{ path: '/api/reactions/import', admin: true }]),
      ].map((target): Probe => ({
        category: 'wrong content type',
        method: 'POST',
        ...target,
        headers: type ? { 'content-type': type } : {},
        body: json,
        // GraphQL answers 415 for a type it does not read; JSON with a charset is still JSON (400: no query).
        expect: clientError,
      })),
    )
    // A multipart body whose `_payload` field is not JSON.
    const brokenPayload =
      '--hostile\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":\r\n--hostile--\r\n'
    for (const target of ['/api/media', '/api/statements', '/api/topics']) {
      probes.push({
        category: 'wrong content type',
        method: 'POST',
        path: target,
        admin: true,
        headers: { 'content-type': 'multipart/form-data; boundary=hostile' },
        body: brokenPayload,
        expect: badRequest,
      })
    }
    expectNoFailures(await run(probes))
  })
})

// ---------------------------------------------------------------------------------------------
// Rich text and uploads, end to end

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
  ...extra,
})
const paragraph = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
  ...extra,
})
const link = (fields: Record<string, unknown>, label: string) => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields,
  children: [text(label)],
})
const documentOf = (children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

async function api(method: string, target: string, body?: unknown) {
  const answer = await send({
    category: 'rich text and uploads',
    method,
    path: target,
    admin: true,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  record('rich text and uploads', answer.status)
  return {
    status: answer.status,
    json: answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : {},
    text: answer.body,
  }
}

/** Attribute values blanked, so that an escaped `onerror=` inside one cannot pass for an attribute. */
const withoutAttributeValues = (html: string) => html.replace(/="[^"]*"/g, '=""')

describe('rich text renders inert', () => {
  it('refuses javascript: and data: links on save, and renders what it accepts as text', async () => {
    const suffix = randomBytes(4).toString('hex')
    const refused = await api('POST', '/api/statements', {
      title: `Hostile links ${suffix}`,
      kind: 'statement',
      publishedAt: '2024-10-01',
      _status: 'published',
      body: documentOf([
        paragraph([
          link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'js'),
          link({ linkType: 'custom', url: 'data:text/html,<script>alert(1)</script>' }, 'data'),
        ]),
      ]),
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toMatch(/invalid: url/)
    const saved = await api(
      'GET',
      `/api/statements?where[title][equals]=${enc(`Hostile links ${suffix}`)}&draft=true&depth=0&limit=5`,
    )
    expect(
      (saved.json.docs as { id: number; title: string }[]).map(
        ({ id, title }) => `${id}: ${title}`,
      ),
    ).toEqual([])

    // Everything below passes validation: the page must still show it as text, or not at all.
    const hostile = '<img src=x onerror=alert(1)>'
    const created = await api('POST', '/api/statements', {
      title: `Hostile rich text <script>alert(1)</script> ${suffix}`,
      slug: `hostile-rich-text-${suffix}`,
      standfirst: hostile,
      kind: 'statement',
      publishedAt: '2024-10-02',
      _status: 'published',
      meta: { title: '</title><script>alert(1)</script>', description: '"><svg onload=alert(1)>' },
      body: documentOf([
        paragraph(
          [
            text(`${hostile} and <script>alert(1)</script>`, {
              style: 'background:url(javascript:alert(1))',
            }),
            // An internal link is rebuilt from its target's slug; a url stored beside it is ignored.
            link(
              {
                linkType: 'internal',
                url: 'javascript:alert(1)',
                newTab: false,
                doc: { relationTo: 'statements', value: reference.id },
              },
              'internal',
            ),
            link(
              {
                linkType: 'custom',
                url: 'https://example.org/" onmouseover="alert(1)',
                newTab: true,
              },
              'quoted',
            ),
          ],
          { format: 'x" onclick="alert(1)', indent: '1;background:url(javascript:alert(1))' },
        ),
        // Node types the editor has no feature for, which the API stores all the same.
        {
          type: 'upload',
          version: 3,
          format: '',
          relationTo: 'media',
          value: {
            id: 1,
            url: 'javascript:alert(1)',
            mimeType: 'application/pdf',
            filename: 'x.pdf',
          },
          fields: null,
        },
        {
          type: 'upload',
          version: 3,
          format: '',
          relationTo: 'media',
          value: {
            id: 2,
            url: 'data:text/html,<script>alert(1)</script>',
            mimeType: 'application/pdf',
            filename: 'y.pdf',
          },
          fields: null,
        },
        {
          type: 'table',
          version: 1,
          children: [
            {
              type: 'tablerow',
              version: 1,
              children: [
                {
                  type: 'tablecell',
                  version: 1,
                  headerState: 0,
                  backgroundColor: 'red;background-image:url(javascript:alert(1))',
                  children: [text('cell')],
                },
              ],
            },
          ],
        },
        { type: 'html', version: 1, html: '<script>alert(1)</script>' },
      ]),
    })
    expect(created.status, created.text).toBe(201)
    const { id } = created.json.doc as { id: number }
    try {
      const target = `/en/statements/hostile-rich-text-${suffix}`
      const answer = await send({ category: 'rich text and uploads', path: target })
      record('rich text and uploads', answer.status)
      expect(answer.status).toBe(200)
      const html = answer.body
      // Shown, escaped.
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(html).toContain(`href="/en/statements/${reference.slug}"`)
      // Nothing live.
      expect(html).not.toMatch(
        /\b(?:href|src|action|formaction|srcset)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i,
      )
      expect(withoutAttributeValues(html)).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i)
      expect(html).not.toMatch(/style="[^"]*(?:javascript:|url\()/i)
      expect(html).not.toContain('<img src=x')
      expect(html).not.toMatch(/<script>alert\(/)
      expect(html).not.toMatch(/<svg onload/)

      // In a browser: no dialog opens, every link is http(s), mailto or on the site, no handler attributes.
      const context = await browser.newContext({ baseURL: inject('baseURL') })
      try {
        const tab = await context.newPage()
        const dialogs: string[] = []
        tab.on('dialog', (dialog) => {
          dialogs.push(dialog.message())
          void dialog.dismiss()
        })
        await tab.goto(target)
        await tab.locator('.statement__body a', { hasText: 'quoted' }).hover()
        const dom = await tab.evaluate(() => ({
          protocols: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map(
            (anchor) => anchor.protocol,
          ),
          handlers: [...document.querySelectorAll('*')].flatMap((element) =>
            element.getAttributeNames().filter((name) => name.startsWith('on')),
          ),
          // A live payload would be a script of its own; the RSC payload's scripts carry the text escaped.
          scripts: [...document.scripts].filter((script) =>
            script.textContent?.trim().startsWith('alert('),
          ).length,
        }))
        expect(dialogs).toEqual([])
        expect(
          new Set(
            dom.protocols.filter((protocol) => !['http:', 'https:', 'mailto:'].includes(protocol)),
          ),
        ).toEqual(new Set())
        expect(dom.handlers).toEqual([])
        expect(dom.scripts).toBe(0)
      } finally {
        await context.close()
      }

      // The search excerpt of the same text is escaped too.
      const search = await send({
        category: 'rich text and uploads',
        path: `/en/search?q=${enc(`onerror ${suffix}`)}`,
      })
      record('rich text and uploads', search.status)
      expect(search.status).toBe(200)
      expect(search.body).toContain('Hostile rich text &lt;script&gt;alert(1)&lt;/script&gt;')
      expect(search.body).not.toContain('<img src=x')
    } finally {
      expect((await api('DELETE', `/api/statements/${id}`)).status).toBe(200)
    }
  })
})

describe('uploads', () => {
  const pdfHeader = '%PDF-1.4\n'

  async function upload(filename: string, type: string, content: Buffer | string) {
    const form = multipart([
      { name: 'file', value: content, filename, type },
      { name: '_payload', value: JSON.stringify({ alt: 'Hostile upload' }) },
    ])
    // A connection of its own (node:http, no keep-alive): the server closes one after a 413.
    const answer = await send({
      category: 'rich text and uploads',
      method: 'POST',
      path: '/api/media',
      admin: true,
      headers: { 'content-type': form.type },
      body: form.body,
    })
    record('rich text and uploads', answer.status)
    return { status: answer.status, text: answer.body }
  }

  async function mediaCount() {
    const { json } = await api('GET', '/api/media?limit=1&depth=0')
    return json.totalDocs as number
  }

  const filesInMediaDir = async () => (existsSync(mediaDir) ? (await readdir(mediaDir)).sort() : [])

  it('refuses files of the wrong type, saying which types it takes', async () => {
    const before = await mediaCount()
    const refused = [
      {
        filename: 'hostile.exe',
        type: 'application/x-msdownload',
        content: Buffer.from('MZ\u0090\u0000\u0003\u0000This program cannot be run in DOS mode.'),
      },
      {
        filename: 'hostile.html',
        type: 'text/html',
        content: '<!doctype html><script>alert(1)</script>',
      },
      {
        filename: 'hostile.svg',
        type: 'image/svg+xml',
        content:
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
      },
      {
        filename: 'hostile.png',
        type: 'image/png',
        content: '<!doctype html><script>alert(1)</script>',
      },
      {
        filename: 'hostile.pdf',
        type: 'application/pdf',
        content: '<!doctype html><script>alert(1)</script>',
      },
    ]
    for (const { filename, type, content } of refused) {
      const { status, text: body } = await upload(filename, type, content)
      expect(status, `${filename}: ${body}`).toBe(400)
      // What was refused, and what would be taken.
      expect(body, filename).toMatch(/type/i)
      expect(body, filename).toMatch(/application\/pdf/)
      expect(body, filename).toMatch(/image\/jpeg/)
    }
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a file over the size limit and leaves nothing behind', async () => {
    const before = await mediaCount()
    const files = await filesInMediaDir()
    const big = Buffer.concat([Buffer.from(pdfHeader), Buffer.alloc(21 * 1024 * 1024, 0x20)])
    const { status, text: body } = await upload('hostile-oversize.pdf', 'application/pdf', big)
    expect(status, body).toBe(413)
    expect(body).toMatch(/size limit/i)
    expect(await mediaCount()).toBe(before)
    expect(await filesInMediaDir()).toEqual(files)
  })

  it('keeps an uploaded file inside the media folder whatever its name says', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    const name = `hostile-${randomBytes(4).toString('hex')}.png`
    const { status, text: body } = await upload(`../../../${name}`, 'image/png', png)
    expect(status, body).toBe(201)
    const { doc } = JSON.parse(body) as { doc: { id: number; filename: string } }
    try {
      expect(doc.filename).not.toMatch(/[\\/]|\.\./)
      expect(existsSync(path.resolve(mediaDir, '../../..', name))).toBe(false)
      expect(existsSync(path.join(mediaDir, doc.filename))).toBe(true)
    } finally {
      expect((await api('DELETE', `/api/media/${doc.id}`)).status).toBe(200)
    }
  })
})

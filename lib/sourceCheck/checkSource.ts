import { STATUS_CODES } from 'node:http'

import { isWebUrl } from '@/lib/text/webUrl'

import type { Politely } from './hostSpacing'
import { isSamePage } from './samePage'
import type { SourceCheckResult } from './statuses'

export type CheckRequestSettings = {
  /** The time one source gets for all its requests (HEAD, GET and redirects), waits included. */
  timeoutMs: number
  userAgent: string
  /** Spaces each host's requests out (hostSpacing.ts). */
  politely: Politely
}

const maxRedirects = 5

/** A source that cannot be reached, with the reason in words for the editors. */
class Unreachable extends Error {}

type Reached = { httpStatus: number; url: string }

/** Why a request got no answer, from the error fetch throws. */
function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Unreachable) return error.message
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `No answer within ${timeoutMs / 1000} s.`
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string }) : null
  if (cause?.code === 'ENOTFOUND') return 'The host name does not exist (DNS).'
  if (cause?.code === 'ECONNREFUSED') return 'The server refused the connection.'
  if (cause?.code === 'ECONNRESET') return 'The server closed the connection.'
  return cause?.message ?? (error instanceof Error ? error.message : String(error))
}

/** One method from `start`, following redirects ourselves so that we know where it ends. */
async function follow(
  start: string,
  method: 'HEAD' | 'GET',
  deadline: number,
  settings: CheckRequestSettings,
): Promise<Reached> {
  let url = new URL(start)
  for (let hop = 0; ; hop++) {
    const target = url
    const response = await settings.politely(target, async () => {
      const answer = await fetch(target, {
        method,
        redirect: 'manual',
        headers: { 'user-agent': settings.userAgent, accept: '*/*' },
        signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)),
      })
      // Only the status matters: the body is never read.
      await answer.body?.cancel()
      return answer
    })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location)
      return { httpStatus: response.status, url: url.href }
    if (hop === maxRedirects) throw new Unreachable(`More than ${maxRedirects} redirects.`)
    url = new URL(location, url)
    if (!isWebUrl(url.href)) throw new Unreachable(`It redirects to ${url.href}, not a web page.`)
  }
}

/** HEAD, then GET when HEAD fails or is refused and time is left. */
async function reach(
  sourceUrl: string,
  deadline: number,
  settings: CheckRequestSettings,
): Promise<Reached> {
  try {
    const head = await follow(sourceUrl, 'HEAD', deadline, settings)
    if (head.httpStatus < 400) return head
  } catch (error) {
    if (Date.now() >= deadline) throw error
  }
  return follow(sourceUrl, 'GET', deadline, settings)
}

/**
 * Checks one source as a reader's browser would reach it: HEAD first, then GET when HEAD fails
 * or is refused (some servers answer HEAD with 405, 403 or 501). Ok when it answers at the page
 * it names (samePage.ts); redirected when it ends up on another page; failed on a 4xx or 5xx;
 * unreachable when no answer came (DNS, connection, timeout).
 */
export async function checkSource(
  sourceUrl: string,
  settings: CheckRequestSettings,
): Promise<SourceCheckResult> {
  const deadline = Date.now() + settings.timeoutMs
  let reached: Reached
  try {
    reached = await reach(sourceUrl, deadline, settings)
  } catch (error) {
    return {
      status: 'unreachable',
      httpStatus: null,
      finalUrl: null,
      problem: reasonOf(error, settings.timeoutMs),
    }
  }
  const { httpStatus, url } = reached
  if (httpStatus >= 400)
    return {
      status: 'failed',
      httpStatus,
      finalUrl: url,
      problem: `The server answered ${httpStatus} ${STATUS_CODES[httpStatus] ?? ''}`.trim() + '.',
    }
  if (!isSamePage(sourceUrl, url))
    return { status: 'redirected', httpStatus, finalUrl: url, problem: `It now leads to ${url}.` }
  return { status: 'ok', httpStatus, finalUrl: url, problem: null }
}

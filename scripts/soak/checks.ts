import type { ChildProcess } from 'node:child_process'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Check = { phase: string; check: string; figure: string; pass: boolean }
/** Every check so far, in order: the table printed at the end. */
export const checks: Check[] = []
export function check(phase: string, name: string, figure: string, pass: boolean) {
  checks.push({ phase, check: name, figure, pass })
  console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${phase}: ${name} (${figure})`)
}

/** A GET with a deadline: an answer after `timeoutMs` counts as a hang. */
export async function timedGet(
  url: string,
  timeoutMs = 10_000,
): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now()
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    return { status: response.status, ms: Math.round(performance.now() - started), text }
  } catch {
    return { status: 0, ms: Math.round(performance.now() - started), text: '' }
  }
}

/** The production site under test, and the pages the checks read. */
export type Site = {
  origin: string
  server: ChildProcess
  pid: number
  statement: { id: number; slug: string }
  auth: Record<string, string>
  cached: string[]
  live: string[]
}

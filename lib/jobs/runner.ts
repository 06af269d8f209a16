import { jobsRunnerToken } from './runnerToken'

const everyMs = 60_000

/**
 * Asks `baseUrl` to run due jobs every minute, on the minute; a failed round is logged and retried. Every
 * instance runs one: the endpoint lets one round at a time through (lib/jobs/runDueJobs.ts).
 */
export function startJobsRunner(baseUrl: string): void {
  const url = `${baseUrl}/api/jobs/run`
  const headers = { authorization: `Bearer ${jobsRunnerToken()}` }
  const runOnce = async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        signal: AbortSignal.timeout(50_000),
      })
      if (!response.ok) console.error(`Job runner: ${url} answered ${response.status}`)
    } catch (error) {
      console.error(`Job runner: ${url} failed:`, error instanceof Error ? error.message : error)
    }
  }
  // Rounds start a second past each whole minute, when scheduled publishing and releases set
  // on the minute fall due, rather than up to a minute later. Every instance calls then; the
  // endpoint's lock lets one through. Timers are unref'd so that they never keep a stopping
  // server alive.
  const nextRound = () => {
    setTimeout(() => {
      void runOnce()
      nextRound()
    }, msToNextRound(Date.now())).unref()
  }
  setTimeout(() => void runOnce(), 5_000).unref()
  nextRound()
}

/** Milliseconds from `now` to a second past the next whole minute. */
export function msToNextRound(now: number): number {
  return everyMs - (now % everyMs) + 1_000
}

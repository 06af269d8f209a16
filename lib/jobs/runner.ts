import { jobsRunnerToken } from './runnerToken'

const everyMs = 60_000

/**
 * Asks `baseUrl` to run due jobs every minute; a failed round is logged and retried. Every
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
  // Timers are unref'd so that they never keep a stopping server alive.
  setTimeout(() => void runOnce(), 5_000).unref()
  setInterval(() => void runOnce(), everyMs).unref()
}

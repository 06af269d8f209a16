import { jobsRunnerToken } from '@/lib/jobs'

const everyMs = 60_000

/** Calls the jobs endpoint of `baseUrl` every minute; a failed round is logged and retried. */
export function startJobsRunner(baseUrl: string): void {
  const url = `${baseUrl}/api/payload-jobs/run?queue=default&limit=20`
  const headers = { authorization: `Bearer ${jobsRunnerToken()}` }
  const runOnce = async () => {
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(50_000) })
      if (!response.ok) console.error(`Job runner: ${url} answered ${response.status}`)
    } catch (error) {
      console.error(`Job runner: ${url} failed:`, error instanceof Error ? error.message : error)
    }
  }
  // Timers are unref'd so that they never keep a stopping server alive.
  setTimeout(() => void runOnce(), 5_000).unref()
  setInterval(() => void runOnce(), everyMs).unref()
}

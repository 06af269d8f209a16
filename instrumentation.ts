/**
 * Starts the job runner with the server: once a minute it asks this server to run due jobs
 * (scheduled publishing), through the same endpoint an outside scheduler could call. Every
 * instance may run one (a round runs once across instances); JOBS_RUNNER=off keeps an instance
 * out of it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('@/lib/env')
  if (env.JOBS_RUNNER === 'off') return
  const { startJobsRunner } = await import('@/lib/jobs/runner')
  startJobsRunner(`http://127.0.0.1:${env.PORT}`)
}

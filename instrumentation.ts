/**
 * Starts the job runner with the server: once a minute it asks this server to run due jobs
 * (scheduled publishing). It goes through HTTP rather than calling Payload directly because
 * cache revalidation only works inside a request. JOBS_RUNNER=off leaves the jobs to another
 * process (one runner for many instances).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('@/lib/env')
  if (env.JOBS_RUNNER === 'off') return
  const { startJobsRunner } = await import('@/lib/jobsRunner')
  startJobsRunner(`http://127.0.0.1:${env.PORT}`)
}

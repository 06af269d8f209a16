import type { Endpoint } from 'payload'

import { canRunJobs } from './canRunJobs'
import { withAdvisoryLock } from '@/lib/db/advisoryLock'
import { makeMonthlyRelease } from '@/lib/dataReleases/make'
import { env } from '@/lib/env'
import { publishDueReleases } from '@/lib/releases/publish'
import { checkDueSources } from '@/lib/sourceCheck/round'
import { remindDueJobs } from '@/lib/translationJobs/notify'

/** How many due jobs one round takes on; the rest wait for the next round, a minute later. */
const jobsPerRound = 20

/**
 * `POST /api/jobs/run`: runs the due jobs (scheduled publishing), publishes the due releases
 * (lib/releases/publish.ts), makes the month's data release (lib/dataReleases/make.ts), then
 * checks a few due sources (lib/sourceCheck/round.ts) and reminds translators of jobs coming due
 * (lib/translationJobs/notify.ts), once across every instance.
 * Each instance's runner calls it every minute; Payload alone could hand one job to two instances
 * calling at the same moment (it finds due jobs, then marks them), publishing twice. With the
 * lock, a round that finds another one running leaves the jobs to it. Inside a request, so that
 * what a job publishes revalidates the cache.
 */
export const runDueJobsEndpoint: Endpoint = {
  path: '/jobs/run',
  method: 'post',
  handler: async (req) => {
    if (!canRunJobs({ req }))
      return Response.json(
        { errors: [{ message: 'Only the job runner may run jobs.' }] },
        { status: 401 },
      )
    const outcome = await withAdvisoryLock(req.payload, 'jobs', 'skip', async () => ({
      jobs: await req.payload.jobs.run({ queue: 'default', limit: jobsPerRound, req }),
      releases: await publishDueReleases(req.payload),
      // After the releases, so that what they publish is in the month's data.
      dataRelease: await makeMonthlyRelease(req.payload),
      sources: env.SOURCE_CHECKS === 'on' ? await checkDueSources(req.payload) : null,
      translationReminders: await remindDueJobs(req.payload),
    }))
    if (!outcome.ran)
      return Response.json({ ran: false, message: 'Another instance is running the jobs.' })
    const { jobStatus, remainingJobsFromQueried } = outcome.result.jobs
    return Response.json({
      ran: true,
      jobs: Object.keys(jobStatus ?? {}).length,
      remaining: remainingJobsFromQueried,
      releases: outcome.result.releases,
      dataRelease: outcome.result.dataRelease,
      sources: outcome.result.sources,
      translationReminders: outcome.result.translationReminders,
    })
  },
}

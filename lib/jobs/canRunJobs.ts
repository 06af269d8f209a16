import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { jobsRunnerToken } from '@/lib/jobs/runnerToken'

import { hasRole } from '@/lib/roles'

/** Admins, and the job runner presenting its token, may run queued jobs. */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) return true
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${jobsRunnerToken()}`)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

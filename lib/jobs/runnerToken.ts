import { createHmac } from 'node:crypto'

import { env } from '@/lib/env'

/**
 * The bearer token of the job runner (scheduled publishing). Derived from PAYLOAD_SECRET, so
 * there is no second secret to configure, and it cannot be guessed without the first.
 */
export function jobsRunnerToken(): string {
  return createHmac('sha256', env.PAYLOAD_SECRET).update('amicus:jobs-runner').digest('hex')
}

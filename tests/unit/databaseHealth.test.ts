import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { databaseHealth } from '@/lib/health/databaseHealth'

/** A Payload whose database fails the way Drizzle reports a refused connection: the query's SQL in the message. */
const unreachable = {
  db: {
    drizzle: {
      execute: () =>
        Promise.reject(
          Object.assign(new Error('Failed query: SELECT name FROM payload_migrations'), {
            cause: { code: 'ECONNREFUSED' },
          }),
        ),
    },
  },
} as unknown as Payload

describe('the database health check, when the database is down', () => {
  it('names the failure by its code and never quotes the query', async () => {
    const health = await databaseHealth(unreachable)
    expect(health).toEqual({ state: 'down', reason: 'unreachable (ECONNREFUSED)' })
    expect(JSON.stringify(health)).not.toMatch(/SELECT|payload_migrations/)
  })
})
